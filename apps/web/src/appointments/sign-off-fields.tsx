import type { SignOffMode, UserDirectoryEntry } from '../api/appointment-types';
import { useI18n } from '../i18n/i18n';
import type { FieldProblems } from './field-problems';
import { stepKeyFrom, uniqueStepKey, type SignOffDraft } from './start-form-logic';
import { UserListPicker } from './user-picker';

/**
 * The sign-off chain of a start form: its mode and its steps (name, key, assignees), added and removed.
 * A step's key is technical (part of the task's key) and follows the name; `showKeys={false}` (the
 * appointment form) never shows it to HR.
 */
export function SignOffFields({
  mode,
  steps,
  users,
  onChange,
  fields,
  showKeys = true,
}: {
  mode: SignOffMode;
  steps: SignOffDraft[];
  users: readonly UserDirectoryEntry[];
  onChange(next: { signOffMode?: SignOffMode; signOff?: SignOffDraft[] }): void;
  fields: FieldProblems;
  showKeys?: boolean;
}) {
  const { t } = useI18n();
  const s = t.proc.start;
  const { fid, errs, bad, described } = fields;
  return (
    <fieldset>
      <legend>{s.signOff}</legend>
      <div className="field field-inline">
        <span className="label">{s.signOffMode}</span>
        {(['sequential', 'parallel'] as const).map((m) => (
          <label key={m} className="radio">
            <input
              type="radio"
              name={fid('signOffMode')}
              checked={mode === m}
              onChange={() => onChange({ signOffMode: m })}
            />{' '}
            {t.proc.modes[m]}
          </label>
        ))}
      </div>
      {steps.map((step, i) => {
        // The key follows the name as it is typed until HR edits the key itself (where it is shown); a
        // step from the post's template keeps the template's key.
        const followsLabel = (x: SignOffDraft) =>
          !x.key || x.key === stepKeyFrom(x.label, i) || x.key === uniqueStepKey(x.label, i, steps);
        const set = (next: Partial<SignOffDraft>) =>
          onChange({ signOff: steps.map((x, j) => (j === i ? { ...x, ...next } : x)) });
        return (
          <div key={i} className="sign-off-step">
            <h3>{s.step(i + 1)}</h3>
            <div className="field-row">
              <div className="field">
                <label htmlFor={fid(`signOff[${i}].label`)}>{s.stepLabel}</label>
                <input
                  id={fid(`signOff[${i}].label`)}
                  value={step.label}
                  onChange={(e) =>
                    set({
                      label: e.target.value,
                      key: followsLabel(step) ? uniqueStepKey(e.target.value, i, steps) : step.key,
                    })
                  }
                  aria-invalid={bad(`signOff[${i}].label`)}
                  aria-describedby={described(`signOff[${i}].label`)}
                />
                {errs(`signOff[${i}].label`)}
              </div>
              {showKeys && (
                <div className="field">
                  <label htmlFor={fid(`signOff[${i}].key`)}>{s.stepKey}</label>
                  <input
                    id={fid(`signOff[${i}].key`)}
                    value={step.key}
                    spellCheck={false}
                    onChange={(e) => set({ key: e.target.value })}
                    aria-invalid={bad(`signOff[${i}].key`)}
                    aria-describedby={described(`signOff[${i}].key`)}
                  />
                  {errs(`signOff[${i}].key`)}
                </div>
              )}
            </div>
            <UserListPicker
              label={s.stepAssignees}
              users={users}
              value={step.assigneeIds}
              onChange={(v) => set({ assigneeIds: v })}
              invalid={bad(`signOff[${i}].assigneeIds`)}
              describedBy={described(`signOff[${i}].assigneeIds`)}
            />
            {errs(`signOff[${i}].assigneeIds`)}
            <button
              type="button"
              className="button button-small button-ghost"
              onClick={() => onChange({ signOff: steps.filter((_, j) => j !== i) })}
            >
              {s.removeStep(i + 1)}
            </button>
          </div>
        );
      })}
      {errs('signOff')}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => onChange({ signOff: [...steps, { key: '', label: '', assigneeIds: [] }] })}
      >
        {s.addStep}
      </button>
    </fieldset>
  );
}
