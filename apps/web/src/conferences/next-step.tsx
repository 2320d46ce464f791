import { useState } from 'react';
import { Link } from 'react-router';
import type { ProcedureDetail } from '@personnel/contracts';
import { procedurePath, taskPath } from '../app/procedure-paths';
import type { Fresh } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { usePoller } from '../shared/use-poller';
import { useUserLabels } from '../ui/names';
import { nextAfterConference } from './next-step-logic';

/**
 * Below a conference's result: what the procedure does next and a link to it (the next conference, the
 * sign-off, the reconvening, …), or how it ended. Read from the procedure's own page of the API and
 * kept live, since the workflow opens the next step a moment after the result.
 */
export function NextStep({
  procedureId,
  conferenceId,
  read,
}: {
  procedureId: string;
  conferenceId: string;
  /** GET /api/v1/procedures/<id> (the endpoints' `procedure`). */
  read(procedureId: string, signal: AbortSignal): Promise<Fresh<ProcedureDetail>>;
}) {
  const { t } = useI18n();
  const n = t.proc.conference.next;
  const [procedure, setProcedure] = useState<ProcedureDetail | null>(null);
  const load = async (signal: AbortSignal) => {
    const { data, changed } = await read(procedureId, signal);
    if (changed) setProcedure(data);
  };
  const next = procedure ? nextAfterConference(procedure, conferenceId) : null;
  usePoller(load, { key: `${procedureId}/next`, enabled: next?.kind !== 'ended' });
  const who = useUserLabels(next?.kind === 'tasks' ? next.tasks.flatMap((task) => task.assigneeIds) : []);
  const stageName = (stage: string) => t.proc.stages[stage] ?? stage;
  const stateName = (state: string) => t.proc.states[state] ?? t.plan.states[state] ?? state;

  return (
    <section className="card" aria-labelledby="next-title" data-testid="conference-next">
      <h2 id="next-title">{n.title}</h2>
      <div aria-live="polite">
        {(!next || next.kind === 'moving') && <p className="muted">{n.moving}</p>}
        {next?.kind === 'tasks' && (
          <>
            <p>{n.stage(stageName(next.stage))}</p>
            <ul className="plain-list next-steps">
              {next.tasks.map((task) => (
                <li key={task.taskKey}>
                  <Link to={taskPath(task)} className="next-link">
                    {task.kind === 'conference'
                      ? n.conference(task.label)
                      : task.actions.length > 0
                        ? n.act(task.label)
                        : n.see(task.label)}
                  </Link>
                  {task.kind !== 'conference' && task.actions.length === 0 && (
                    <span className="muted small"> · {n.holders(task.assigneeIds.map(who).join(', '))}</span>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        {next?.kind === 'ended' && <p>{n.state(stateName(next.state))}</p>}
      </div>
      <p>
        <Link to={procedurePath(procedureId)}>{n.procedure}</Link>
      </p>
    </section>
  );
}
