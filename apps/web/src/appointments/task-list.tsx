import type { TaskView } from '../api/appointment-types';
import { formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { useUserLabels } from '../ui/names';
import { DueTag } from '../ui/procedure-widgets';
import { Section } from '../ui/widgets';

/** Every task of the procedure: who has it, its status, its deadline, how it ended. */
export function TaskList({ tasks, now }: { tasks: readonly TaskView[]; now: number }) {
  const { t } = useI18n();
  const who = useUserLabels(
    tasks.flatMap((k) => [...k.assigneeIds, ...k.activeDelegates, k.claimedBy ?? '']),
  );
  return (
    <Section title={t.proc.tasks.title} id="tasks-title">
      {tasks.length === 0 ? (
        <p className="muted">{t.proc.tasks.empty}</p>
      ) : (
        <ul className="plain-list task-list" data-testid="tasks">
          {tasks.map((task) => (
            <li key={task.taskKey} className={`task task-${task.status}`}>
              <strong>{task.label}</strong>{' '}
              <span className="muted small">({t.proc.kinds[task.kind] ?? task.kind})</span> ·{' '}
              <span>{t.proc.tasks.status[task.status] ?? task.status}</span>
              {task.outcome && <span> · {t.proc.outcomes[task.outcome] ?? task.outcome}</span>}
              <br />
              <span className="small">
                {t.proc.tasks.assignees}: {task.assigneeIds.map(who).join(', ')}
                {task.claimedBy && ` · ${t.proc.tasks.claimedBy(who(task.claimedBy))}`}
                {task.activeDelegates.length > 0 &&
                  ` · ${t.proc.tasks.delegates(task.activeDelegates.map(who).join(', '))}`}
              </span>{' '}
              {task.status === 'open' && <DueTag task={task} now={now} />}
              {task.status === 'done' && task.updatedAt && (
                <span className="muted small"> · {formatDateTime(task.updatedAt)}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
