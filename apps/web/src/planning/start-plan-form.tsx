import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import type { UserDirectoryEntry } from '../api/appointment-types';
import type { PlanView, StartPlanRequest } from '../api/plan-types';
import type { UnitView } from '../api/rotation-types';
import type { Page } from '../api/types';
import { ConferenceBodyFields } from '../appointments/conference-body-fields';
import { useFieldProblems } from '../appointments/field-problems';
import { UserListPicker, UserSelect } from '../appointments/user-picker';
import { useI18n } from '../i18n/i18n';
import { namesFrom } from '../ui/field-problem-text';
import {
  emptyPlanDraft,
  planFieldLabel,
  planProblemsFromApi,
  planProblemText,
  suggestedTerms,
  toStartPlanRequest,
  validatePlan,
  type PlanDraft,
  type PlanProblems,
} from './plan-form-logic';
import { PlanCommandError } from './plan-error-next';
import { UnitPicker } from './unit-picker';

export interface StartPlanFormProps {
  users: readonly UserDirectoryEntry[];
  searchUnits(query: { q?: string; limit: number; active?: boolean }): Promise<Page<UnitView>>;
  start(body: StartPlanRequest): Promise<PlanView>;
  onStarted(plan: PlanView): void;
  /** For the suggested terms; tests pass a fixed day. */
  today?: Date;
}

/** HR opens a unit's plan for a term: the unit by name, the term, the two bodies, the signer, co-workers. */
export function StartPlanForm(props: StartPlanFormProps) {
  const { t } = useI18n();
  const s = t.plan.start;
  const listId = useId();
  const [draft, setDraft] = useState<PlanDraft>(emptyPlanDraft);
  const [problems, setProblems] = useState<PlanProblems>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const fields = useFieldProblems(problems, planProblemText, {
    fieldLabel: (f) => planFieldLabel(f, t),
    names: {
      user: namesFrom(
        props.users,
        (u) => u.username,
        (u) => u.fullName,
      ),
    },
  });
  const { fid, errs, bad, described } = fields;
  const change = (next: Partial<PlanDraft>) => setDraft((d) => ({ ...d, ...next }));
  const showSummary = () => requestAnimationFrame(() => summary.current?.focus());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    const local = validatePlan(draft);
    setProblems(local);
    if (Object.keys(local).length > 0) return showSummary();
    setBusy(true);
    try {
      props.onStarted(await props.start(toStartPlanRequest(draft)));
    } catch (e) {
      if (e instanceof ApiError && e.status === 400 && e.details.length > 0) {
        setProblems(planProblemsFromApi(e.details));
        showSummary();
      } else setFailure(e);
    } finally {
      setBusy(false);
    }
  };

  const all = Object.entries(problems).flatMap(([field, list]) => list.map((p) => ({ field, p })));
  return (
    <form className="start-form card" noValidate onSubmit={(e) => void submit(e)} aria-label={s.title}>
      <p className="muted">{s.intro}</p>
      {all.length > 0 && (
        <div ref={summary} className="notice notice-error" role="alert" tabIndex={-1}>
          <p className="notice-title">{s.invalid}</p>
          <ul>
            {all.map(({ field, p }, i) => (
              <li key={i}>
                {planFieldLabel(field, t)}: {planProblemText(p, t, fields.say)}
              </li>
            ))}
          </ul>
        </div>
      )}

      <fieldset>
        <legend>{s.unit}</legend>
        <UnitPicker
          value={draft.unit}
          onChange={(unit) => change({ unit })}
          search={props.searchUnits}
          invalid={bad('unitCode')}
          describedBy={described('unitCode')}
        />
        {errs('unitCode')}
      </fieldset>

      <div className="field">
        <label htmlFor={fid('term')}>{s.term}</label>
        <input
          id={fid('term')}
          value={draft.term}
          list={listId}
          placeholder="2025-2030"
          onChange={(e) => change({ term: e.target.value })}
          aria-invalid={bad('term')}
          aria-describedby={described('term') ?? `${fid('term')}-help`}
        />
        <datalist id={listId}>
          {suggestedTerms(props.today ?? new Date()).map((term) => (
            <option key={term} value={term} />
          ))}
        </datalist>
        <p id={`${fid('term')}-help`} className="field-help">
          {s.termHelp}
        </p>
        {errs('term')}
      </div>

      <ConferenceBodyFields
        name="keyCadre"
        legend={s.keyCadre}
        body={draft.keyCadre}
        users={props.users}
        onChange={(body) => change({ keyCadre: { ...draft.keyCadre, ...body } })}
        fields={fields}
      />
      <ConferenceBodyFields
        name="collective"
        legend={s.collective}
        body={draft.collective}
        users={props.users}
        onChange={(body) => change({ collective: { ...draft.collective, ...body } })}
        fields={fields}
      />

      <div className="field">
        <label htmlFor={fid('signerId')}>{s.signer}</label>
        <UserSelect
          id={fid('signerId')}
          users={props.users}
          value={draft.signerId}
          onChange={(v) => change({ signerId: v })}
          invalid={bad('signerId')}
          describedBy={described('signerId')}
        />
        {errs('signerId')}
      </div>

      <fieldset>
        <legend>{s.hr}</legend>
        <p className="field-help">{s.hrHelp}</p>
        <UserListPicker
          label={s.hr}
          users={props.users}
          value={draft.hrIds}
          onChange={(v) => change({ hrIds: v })}
          invalid={bad('hrIds')}
          describedBy={described('hrIds')}
        />
        {errs('hrIds')}
      </fieldset>

      {failure !== null && <PlanCommandError error={failure} />}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? s.submitting : s.submit}
        </button>
      </div>
    </form>
  );
}
