import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import type { UserDirectoryEntry } from '../api/appointment-types';
import type { RotationBatchView, RotationPlan, StartRotationBatchRequest } from '../api/rotation-types';
import type { StandingBodyView } from '../api/standing-body-endpoints';
import { useFieldProblems } from '../appointments/field-problems';
import { hasStartProblems, type StartProblems } from '../appointments/start-form-logic';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/errors';
import { PartiesFields } from './parties-fields';
import {
  emptyParties,
  partiesProblemsFromApi,
  toParties,
  validateParties,
  type PartiesDraft,
} from './parties-logic';
import { newIdempotencyKey, toBatchRequest } from './planner-logic';
import { namesFrom } from '../ui/field-problem-text';
import { rotationFieldLabel, rotationProblemText } from './rotation-problem-text';

/** "Chấp nhận kế hoạch": the parties of every rotation of the plan, then one batch of exactly its moves. */
export function PlanAcceptForm({
  plan,
  users,
  standingBodies,
  proposer,
  startBatch,
  onStarted,
  onCancel,
}: {
  plan: RotationPlan;
  users: readonly UserDirectoryEntry[];
  /** The active standing bodies HR may take the collective from. */
  standingBodies: readonly StandingBodyView[];
  proposer: string;
  startBatch(body: StartRotationBatchRequest): Promise<RotationBatchView>;
  onStarted(batch: RotationBatchView): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const pl = t.rotation.planner;
  const [parties, setParties] = useState<PartiesDraft>(emptyParties);
  const [problems, setProblems] = useState<StartProblems>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // One key per acceptance: sending again after a lost answer finds the batch already started.
  const [key] = useState(newIdempotencyKey);
  const summary = useRef<HTMLDivElement>(null);
  const fields = useFieldProblems(problems, rotationProblemText, {
    fieldLabel: (f) => rotationFieldLabel(f, t),
    names: {
      user: namesFrom(
        users,
        (u) => u.username,
        (u) => u.fullName,
      ),
    },
  });
  const cadreIds = plan.moves.map((m) => m.move.cadreId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    const local = validateParties(parties, { proposer, cadreIds }, users);
    setProblems(local);
    if (hasStartProblems(local)) return requestAnimationFrame(() => summary.current?.focus());
    setBusy(true);
    try {
      onStarted(await startBatch(toBatchRequest(plan, toParties(parties), key)));
    } catch (e) {
      if (e instanceof ApiError && e.status === 400 && e.details.length > 0) {
        setProblems(partiesProblemsFromApi(e.details));
        requestAnimationFrame(() => summary.current?.focus());
      } else setFailure(e);
    } finally {
      setBusy(false);
    }
  };

  const all = Object.entries(problems).flatMap(([field, list]) => list.map((p) => ({ field, p })));
  return (
    <form className="start-form card" noValidate aria-label={pl.acceptTitle} onSubmit={(e) => void submit(e)}>
      <h2>{pl.acceptTitle}</h2>
      <p className="muted">{pl.acceptIntro(plan.moves.length)}</p>
      {all.length > 0 && (
        <div ref={summary} className="notice notice-error" role="alert" tabIndex={-1}>
          <p className="notice-title">{t.rotation.start.invalid}</p>
          <ul>
            {all.map(({ field, p }, i) => (
              <li key={i}>
                {rotationFieldLabel(field, t)}: {rotationProblemText(p, t, fields.say)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <PartiesFields
        parties={parties}
        users={users}
        standingBodies={standingBodies}
        onChange={(next) => setParties((p) => ({ ...p, ...next }))}
        fields={fields}
      />
      {failure !== null && <ErrorMessage error={failure} />}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? pl.accepting : pl.acceptSubmit(plan.moves.length)}
        </button>{' '}
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {pl.cancel}
        </button>
      </div>
    </form>
  );
}
