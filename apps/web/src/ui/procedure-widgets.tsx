import type { AppointmentState, TaskView } from '../api/appointment-types';
import { panelConfig, temporalWorkflowUrl } from '../app/config';
import { formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { urgency } from '../inbox/task-inbox-logic';

/** Small pieces every procedure screen shows the same way. */

const STATE_BADGE: Record<string, string | undefined> = {
  in_progress: 'pending',
  appointed: 'approved',
  rejected: 'rejected',
  not_passed: 'rejected',
  withdrawn: 'withdrawn',
  term_ended: 'withdrawn',
  rotating: 'approved',
  ended: 'withdrawn',
};

/** A procedure's state; a state of a kind the panel does not know yet shows its code. */
export function AppointmentStateBadge({ state }: { state: AppointmentState | string }) {
  const { t } = useI18n();
  return (
    <span className={`badge badge-${STATE_BADGE[state] ?? 'pending'}`}>
      {(t.proc.states as Record<string, string | undefined>)[state] ?? state}
    </span>
  );
}

export function StageLabel({ stage }: { stage: string }) {
  const { t } = useI18n();
  return <span className="stage">{t.proc.stages[stage] ?? stage}</span>;
}

/** "Overdue" / "due soon" with the due time; colour is never the only sign (the word is there). */
export function DueTag({ task, now }: { task: Pick<TaskView, 'overdue' | 'dueAt' | 'status'>; now: number }) {
  const { t } = useI18n();
  const level = urgency(task, now);
  return (
    <span className={`due due-${level}`}>
      <span className="due-word">{t.proc.urgency[level]}</span>
      {task.dueAt && <time dateTime={task.dueAt}> · {formatDateTime(task.dueAt)}</time>}
    </span>
  );
}

/** The workflow in the Temporal UI, for ops. */
export function TemporalLink({ workflowId }: { workflowId: string }) {
  const { t } = useI18n();
  return (
    <a
      className="temporal-link"
      href={temporalWorkflowUrl(panelConfig(), workflowId)}
      target="_blank"
      rel="noopener noreferrer"
    >
      {t.proc.page.temporal}
      <span className="visually-hidden"> ({t.proc.page.temporalHint})</span>
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}

/** A SHA-256 shown short (first 12 hex), the whole value in the title and for screen readers. */
export function ShortHash({ sha }: { sha: string }) {
  const { t } = useI18n();
  return (
    <span className="code hash" title={sha}>
      <span aria-hidden="true">{sha.slice(0, 12)}…</span>
      <span className="visually-hidden">{t.proc.dossier.shaFull(sha)}</span>
    </span>
  );
}

/** Names next to codes when the API sent them ("Hoàng Văn Cường (CB-0001)"). */
export function candidateList(ids: readonly string[], names: readonly (string | null)[]): string {
  return ids.map((id, i) => (names[i] ? `${names[i]} (${id})` : id)).join(', ');
}
