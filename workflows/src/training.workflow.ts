import { allHandlersFinished, condition } from '@temporalio/workflow';
import type { TrainingClassInput, TrainingClassStatus } from '@personnel/contracts';
import { trainingSessionInstants } from '@personnel/domain';
import { registerCommands } from './training/commands';
import { TrainingContext } from './training/context';
import { closeSession, openSession } from './training/transitions';

/**
 * A training class (lớp bồi dưỡng) of a course: opened for enrolment (one cadre, or a whole unit) →
 * in session from its start date (a durable timer, or the organiser's command) → closing from its end
 * date (attendance and results) → completed, each passed cadre's completion written to the registry
 * once; or cancelled at any time before. Its rows are the kernel's: a `procedure` row of kind
 * `training`, its journal, and the enrolled cadres' timelines.
 */
export async function trainingClassWorkflow(input: TrainingClassInput): Promise<TrainingClassStatus> {
  const ctx = new TrainingContext(input);
  const s = ctx.state;
  ctx.publishIdentity();
  // The opening takes the journal's first position before the handlers are set: an Update sent with the
  // start is delivered as soon as its handler is, and its step must come after the opening.
  const opened = ctx.record('class_opened', input.organiserId, {
    classCode: input.classCode,
    courseCode: input.courseCode,
    title: input.title,
    startDate: input.startDate,
    endDate: input.endDate,
    place: input.place,
    unitCode: input.unitCode,
    capacity: input.capacity,
  });
  registerCommands(ctx);
  await opened;

  const { opensAt, closesAt } = trainingSessionInstants(input);
  await waitUntil(opensAt, () => s.stage !== 'opened');
  if (s.stage === 'opened') await openSession(ctx, 'system');
  await waitUntil(closesAt, () => s.stage !== 'in_session');
  if (s.stage === 'in_session') await closeSession(ctx, 'system');
  await condition(() => !s.isRunning());
  await condition(allHandlersFinished);
  return s.status();
}

/** A durable timer to `at`, cut short when `done` holds (a command moved the class on). */
async function waitUntil(at: string, done: () => boolean): Promise<void> {
  const ms = Date.parse(at) - Date.now();
  if (ms > 0) await condition(done, ms);
}
