import type { AppointmentStatus, ProcedureStepRecord, ReconveneRequest } from '../api/appointment-types';
import { reconveneIndexOf } from '../app/procedure-paths';
import { useI18n } from '../i18n/i18n';
import { ReasonForm } from './reason-form';

/** The API's ReconveneDto: at most 1000 characters. */
export const RECONVENE_MAX_REASON = 1000;

/**
 * A conference that was not held (quorum not met, deadline passed): whoever holds the `reconvene-<i>-a<n>`
 * task (the proposer, the conference's secretary) convenes step i again with a reason.
 */
export function ReconveneForm({
  appointmentId,
  taskKey,
  steps,
  reconvene,
  onDone,
}: {
  appointmentId: string;
  taskKey: string;
  /** The procedure's live steps, to say which conference and why (may be empty when Temporal is down). */
  steps: readonly ProcedureStepRecord[];
  reconvene(id: string, index: number, body: ReconveneRequest): Promise<AppointmentStatus>;
  onDone(message: string): void;
}) {
  const { t } = useI18n();
  const index = reconveneIndexOf(taskKey);
  if (index === null) return null;
  const step = [...steps].reverse().find((s) => s.index === index);
  return (
    <ReasonForm
      title={t.proc.reconvene.title}
      intro={
        step?.outcome ? (
          <p>
            {t.proc.reconvene.intro(
              t.proc.stages[step.kind] ?? step.kind,
              t.proc.outcomes[step.outcome] ?? step.outcome,
            )}
          </p>
        ) : undefined
      }
      label={t.proc.reconvene.reason}
      submitLabel={t.proc.reconvene.submit}
      requiredText={t.proc.reconvene.required}
      maxLength={RECONVENE_MAX_REASON}
      doneText={t.proc.actions.done.reconvene}
      submit={(reason) => reconvene(appointmentId, index, { reason })}
      onDone={onDone}
    />
  );
}
