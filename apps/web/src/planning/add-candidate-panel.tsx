import { useEffect, useId, useRef, useState } from 'react';
import type { AddPlanCandidateRequest, PlanCandidateCheck, PlanPostView, PlanView } from '../api/plan-types';
import type { CadreView, Page } from '../api/types';
import { RuleCheckList } from '../appointments/rule-check-list';
import { useI18n } from '../i18n/i18n';
import { CadrePicker } from '../rotations/cadre-picker';
import { useCommand } from '../shared/use-command';
import { ErrorMessage } from '../ui/errors';
import { Loading } from '../ui/widgets';
import { PlanCommandError } from './plan-error-next';

export interface AddCandidateProps {
  planId: string;
  post: PlanPostView;
  searchCadres(query: { q?: string; limit: number; offset: number }): Promise<Page<CadreView>>;
  check(id: string, body: AddPlanCandidateRequest, signal?: AbortSignal): Promise<PlanCandidateCheck>;
  add(id: string, body: AddPlanCandidateRequest): Promise<PlanView>;
  onDone(message: string): void;
  onClose(): void;
}

type Checked =
  | { cadreId: string; state: 'checking' }
  | { cadreId: string; state: 'done'; result: PlanCandidateCheck }
  | { cadreId: string; state: 'failed'; error: unknown };

/**
 * HR adds one person to one post: a cadre picked by name is checked at once (every rule with pass/fail,
 * detail and citation, nothing changed), and "Add" is offered only when the API found them admissible.
 */
export function AddCandidatePanel(props: AddCandidateProps) {
  const { t } = useI18n();
  const a = t.plan.add;
  const id = useId();
  const [cadre, setCadre] = useState<CadreView | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [reason, setReason] = useState('');
  const { busy, error, run } = useCommand(props.onDone);
  const { planId, post, check } = props;

  // The check runs as soon as a cadre is chosen; choosing another (or none) cancels the one in flight.
  const inFlight = useRef<AbortController | null>(null);
  useEffect(() => () => inFlight.current?.abort(), []);
  const choose = (next: CadreView | null) => {
    inFlight.current?.abort();
    inFlight.current = null;
    setCadre(next);
    if (!next) return setChecked(null);
    const controller = new AbortController();
    inFlight.current = controller;
    const cadreId = next.code;
    setChecked({ cadreId, state: 'checking' });
    check(planId, { postCode: post.postCode, cadreId }, controller.signal).then(
      (result) => {
        if (!controller.signal.aborted) setChecked({ cadreId, state: 'done', result });
      },
      (e: unknown) => {
        if (!controller.signal.aborted && (e as Error).name !== 'AbortError')
          setChecked({ cadreId, state: 'failed', error: e });
      },
    );
  };

  // Only the answer for the cadre now chosen counts (a slower answer for an earlier choice is ignored).
  const current = cadre && checked?.cadreId === cadre.code ? checked : null;
  const admissible = current?.state === 'done' && current.result.admissible;

  const send = () =>
    run(async () => {
      if (!cadre || !admissible) return null;
      const note = reason.trim();
      await props.add(planId, {
        postCode: post.postCode,
        cadreId: cadre.code,
        ...(note ? { reason: note } : {}),
      });
      return a.done(cadre.fullName, post.postTitle);
    });

  return (
    <section className="card add-candidate" aria-labelledby={`${id}-title`} data-testid="add-candidate">
      <h3 id={`${id}-title`}>{a.title(`${post.postTitle} · ${post.unitName}`)}</h3>
      <p className="muted">{a.intro}</p>
      <CadrePicker value={cadre} onChange={choose} search={props.searchCadres} />
      {current?.state === 'checking' && <Loading label={a.checking} />}
      {current?.state === 'failed' && <ErrorMessage error={current.error} />}
      {current?.state === 'done' && (
        <div data-testid="candidate-checks">
          <p
            className={current.result.admissible ? 'notice notice-success' : 'notice notice-warning'}
            role="status"
          >
            {current.result.admissible ? a.admissible : a.notAdmissible}
          </p>
          <RuleCheckList checks={current.result.checks} named />
        </div>
      )}
      {cadre && (
        <div className="field">
          <label htmlFor={`${id}-reason`}>{a.reason}</label>
          <textarea id={`${id}-reason`} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
      )}
      {error !== null && <PlanCommandError error={error} refusedTitle={a.refused} />}
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          disabled={!admissible || busy}
          onClick={() => void send()}
        >
          {busy ? t.proc.actions.sending : a.submit}
        </button>{' '}
        <button type="button" className="button button-secondary" onClick={props.onClose}>
          {a.cancel}
        </button>
      </div>
    </section>
  );
}
