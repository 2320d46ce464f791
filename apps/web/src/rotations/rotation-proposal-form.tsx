import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import type { UserDirectoryEntry } from '../api/appointment-types';
import type { RotationView, StartRotationRequest } from '../api/rotation-types';
import type { StandingBodyView } from '../api/standing-body-endpoints';
import type { CadreView, Page, PostView } from '../api/types';
import { useFieldProblems } from '../appointments/field-problems';
import { hasStartProblems } from '../appointments/start-form-logic';
import { PostPicker } from '../cadres/post-picker';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/errors';
import { CadrePicker } from './cadre-picker';
import { PartiesFields } from './parties-fields';
import { namesFrom } from '../ui/field-problem-text';
import { partiesProblemsFromApi } from './parties-logic';
import {
  emptyRotationDraft,
  mayReplaceHolder,
  ROTATION_REASONS,
  toStartRotationRequest,
  validateRotation,
  withCadre,
  type RotationDraft,
  type RotationProblems,
} from './rotation-form-logic';
import { rotationFieldLabel, rotationProblemText } from './rotation-problem-text';

export interface RotationProposalFormProps {
  users: readonly UserDirectoryEntry[];
  /** The active standing bodies HR may take the collective from. */
  standingBodies: readonly StandingBodyView[];
  proposer: string;
  searchCadres(query: { q?: string; limit: number; offset: number }): Promise<Page<CadreView>>;
  searchPosts(query: { q?: string; limit: number; active?: boolean }): Promise<Page<PostView>>;
  start(body: StartRotationRequest): Promise<RotationView>;
  onStarted(rotation: RotationView): void;
}

/** HR proposes one rotation: the cadre and their post, the destination, why and how long, the parties. */
export function RotationProposalForm(props: RotationProposalFormProps) {
  const { t } = useI18n();
  const r = t.rotation.start;
  const [draft, setDraft] = useState<RotationDraft>(emptyRotationDraft);
  const [problems, setProblems] = useState<RotationProblems>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  // The API names records and people by code: the form says the ones it holds by name.
  const holding = draft.cadre?.currentPost;
  const fields = useFieldProblems(problems, rotationProblemText, {
    fieldLabel: (f) => rotationFieldLabel(f, t),
    names: {
      user: namesFrom(
        props.users,
        (u) => u.username,
        (u) => u.fullName,
      ),
      cadre: namesFrom(
        [draft.cadre],
        (c) => c.code,
        (c) => c.fullName,
      ),
      post: namesFrom(
        [holding && { code: holding.postCode, title: holding.postTitle }, draft.toPost],
        (p) => p.code,
        (p) => p.title,
      ),
      unit: namesFrom(
        [
          holding && { code: holding.unitCode, name: holding.unitName },
          draft.toPost && { code: draft.toPost.unitCode, name: draft.toPost.unitName },
        ],
        (u) => u.code,
        (u) => u.name,
      ),
    },
  });
  const { fid, errs, bad, described } = fields;
  const change = (next: Partial<RotationDraft>) => setDraft((d) => ({ ...d, ...next }));
  const showSummary = () => requestAnimationFrame(() => summary.current?.focus());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    const local = validateRotation(draft, props.proposer, props.users);
    setProblems(local);
    if (hasStartProblems(local)) return showSummary();
    setBusy(true);
    try {
      props.onStarted(await props.start(toStartRotationRequest(draft)));
    } catch (e) {
      if (e instanceof ApiError && e.status === 400 && e.details.length > 0) {
        setProblems(partiesProblemsFromApi(e.details));
        showSummary();
      } else setFailure(e);
    } finally {
      setBusy(false);
    }
  };

  const all = Object.entries(problems).flatMap(([field, list]) => list.map((p) => ({ field, p })));
  const current = draft.cadre?.currentPost ?? null;
  return (
    <form className="start-form card" noValidate onSubmit={(e) => void submit(e)} aria-label={r.title}>
      <p className="muted">{r.intro}</p>
      {all.length > 0 && (
        <div ref={summary} className="notice notice-error" role="alert" tabIndex={-1}>
          <p className="notice-title">{r.invalid}</p>
          <ul>
            {all.map(({ field, p }, i) => (
              <li key={i}>
                {rotationFieldLabel(field, t)}: {rotationProblemText(p, t, fields.say)}
              </li>
            ))}
          </ul>
        </div>
      )}

      <fieldset>
        <legend>{r.cadre}</legend>
        <CadrePicker
          value={draft.cadre}
          onChange={(cadre) => setDraft((d) => withCadre(d, cadre))}
          search={props.searchCadres}
          invalid={bad('cadreId')}
          describedBy={described('cadreId')}
        />
        {errs('cadreId')}
        {draft.cadre && (
          <div className="field" id={fid('fromPostId')}>
            <span className="label">{r.fromPost}</span>
            {current ? (
              <p data-testid="from-post">
                <strong>{current.postTitle}</strong> · {current.unitName}{' '}
                <span className="code">{current.postCode}</span>
              </p>
            ) : (
              <p className="notice notice-warning">{r.noCurrentPost}</p>
            )}
            <p className="field-help">{r.fromPostHelp}</p>
          </div>
        )}
        {errs('fromPostId')}
      </fieldset>

      <fieldset>
        <legend>{r.destination}</legend>
        <p className="field-help">{r.toPostHelp}</p>
        <PostPicker
          value={draft.toPost}
          onChange={(post) => change({ toPost: post, replaceHolder: false })}
          search={props.searchPosts}
        />
        {errs('toPostId')}
        {errs('toUnitCode')}
        {draft.toPost && (
          <p>
            {r.toUnit}: <strong>{draft.toPost.unitName}</strong>
          </p>
        )}
        {mayReplaceHolder(draft.toPost) && (
          <div className="field">
            <label className="check-inline">
              <input
                id={fid('replaceHolder')}
                type="checkbox"
                checked={draft.replaceHolder}
                onChange={(e) => change({ replaceHolder: e.target.checked })}
                aria-describedby={`${fid('replaceHolder')}-help`}
              />{' '}
              {r.replaceHolder}
            </label>
            <p id={`${fid('replaceHolder')}-help`} className="field-help">
              {r.replaceHolderHelp}
            </p>
            {errs('replaceHolder')}
          </div>
        )}
      </fieldset>

      <fieldset aria-describedby={described('reason')}>
        <legend>{r.reason}</legend>
        {ROTATION_REASONS.map((reason) => (
          <div key={reason} className="radio-explained">
            <label className="radio">
              <input
                type="radio"
                name={fid('reason')}
                checked={draft.reason === reason}
                onChange={() => change({ reason })}
                aria-describedby={`${fid('reason')}-${reason}-help`}
              />{' '}
              {t.rotation.reasons[reason]}
            </label>
            <p id={`${fid('reason')}-${reason}-help`} className="field-help">
              {t.rotation.reasonHelp[reason]}
            </p>
          </div>
        ))}
        {errs('reason')}
      </fieldset>

      <div className="field-row">
        <div className="field">
          <label htmlFor={fid('months')}>{r.months}</label>
          <input
            id={fid('months')}
            inputMode="numeric"
            value={draft.months}
            onChange={(e) => change({ months: e.target.value })}
            aria-invalid={bad('months')}
            aria-describedby={described('months') ?? `${fid('months')}-help`}
          />
          <p id={`${fid('months')}-help`} className="field-help">
            {r.monthsHelp}
          </p>
          {errs('months')}
        </div>
        <div className="field">
          <span className="label">{r.legalBasis}</span>
          <p>
            <span className="code">{draft.legalBasis}</span> — {r.legalBasisHelp}
          </p>
          {errs('legalBasis')}
        </div>
      </div>

      <PartiesFields
        parties={draft}
        users={props.users}
        standingBodies={props.standingBodies}
        onChange={change}
        fields={fields}
      />

      {failure !== null && <ErrorMessage error={failure} />}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? r.submitting : r.submit}
        </button>
      </div>
    </form>
  );
}
