import { useId, useState } from 'react';
import type { RotationPlanRequest, UnitView } from '../api/rotation-types';
import { useI18n } from '../i18n/i18n';
import { ROTATION_TARGETS, toPlanRequest, type PlanScopeDraft, type PlanScopeProblem } from './planner-logic';
import { MIN_ROTATION_MONTHS } from './rotation-form-logic';

/** What the plan covers: units (empty: the whole scope), the day the rules apply, the length, the targets. */
export function PlanScopeForm({
  units,
  busy,
  onRun,
}: {
  units: readonly UnitView[];
  busy: boolean;
  onRun(body: RotationPlanRequest): void;
}) {
  const { t } = useI18n();
  const pl = t.rotation.planner;
  const id = useId();
  const [draft, setDraft] = useState<PlanScopeDraft>({
    unitCodes: [],
    asOf: '',
    months: String(MIN_ROTATION_MONTHS),
    targets: [...ROTATION_TARGETS],
  });
  const [problems, setProblems] = useState<Partial<Record<'asOf' | 'months' | 'targets', PlanScopeProblem>>>(
    {},
  );
  const toggle = <T,>(list: T[], value: T) =>
    list.includes(value) ? list.filter((x) => x !== value) : [...list, value];
  const error = (field: 'asOf' | 'months' | 'targets') =>
    problems[field] ? (
      <p id={`${id}-${field}-error`} className="field-error" role="alert">
        {pl[problems[field]]}
      </p>
    ) : null;

  return (
    <form
      className="card plan-scope"
      noValidate
      aria-label={pl.title}
      onSubmit={(e) => {
        e.preventDefault();
        if (busy) return;
        const result = toPlanRequest(draft);
        setProblems('problems' in result ? result.problems : {});
        if ('body' in result) onRun(result.body);
      }}
    >
      <fieldset>
        <legend>{pl.scope}</legend>
        <p className="field-help">{pl.scopeHelp}</p>
        <ul className="plain-list unit-choices">
          {units.map((u) => (
            <li key={u.code}>
              <label className="check-inline">
                <input
                  type="checkbox"
                  checked={draft.unitCodes.includes(u.code)}
                  onChange={() => setDraft((d) => ({ ...d, unitCodes: toggle(d.unitCodes, u.code) }))}
                />{' '}
                {u.name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-asOf`}>{pl.asOf}</label>
          <input
            id={`${id}-asOf`}
            inputMode="numeric"
            placeholder="dd/mm/yyyy"
            value={draft.asOf}
            onChange={(e) => setDraft((d) => ({ ...d, asOf: e.target.value }))}
            aria-invalid={problems.asOf ? true : undefined}
            aria-describedby={problems.asOf ? `${id}-asOf-error` : undefined}
          />
          {error('asOf')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-months`}>{pl.months}</label>
          <input
            id={`${id}-months`}
            inputMode="numeric"
            value={draft.months}
            onChange={(e) => setDraft((d) => ({ ...d, months: e.target.value }))}
            aria-invalid={problems.months ? true : undefined}
            aria-describedby={problems.months ? `${id}-months-error` : undefined}
          />
          {error('months')}
        </div>
      </div>
      <fieldset>
        <legend>{pl.targets}</legend>
        {ROTATION_TARGETS.map((target) => (
          <label key={target} className="check-inline">
            <input
              type="checkbox"
              checked={draft.targets.includes(target)}
              onChange={() => setDraft((d) => ({ ...d, targets: toggle(d.targets, target) }))}
            />{' '}
            {t.rotation.targets[target]}
          </label>
        ))}
        {error('targets')}
      </fieldset>
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {pl.run}
        </button>
      </div>
    </form>
  );
}
