import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation, WorkflowIdConflictPolicy } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import {
  firstStepRecordedUpdate,
  withdrawAppointmentUpdate,
  WorkflowTypes,
  type RecordProcedureStepInput,
} from '@personnel/contracts';
import {
  actor,
  appointmentInput,
  AppointmentRecorder,
  startAppointment,
  statusWhen,
} from './appointment-harness';
import { connectTestEnvironment, runWithWorker } from './harness';

/**
 * The Update a procedure's start awaits (`firstStepRecordedUpdate`, registered by the kit's context):
 * answered once the first step's activity returned, with the row that step wrote, whether it comes with
 * the start (update-with-start) or after it. A run that took it replays without a determinism error.
 */
describe('firstStepRecorded: the start waits for its proposal on the workflow, not on the read model', () => {
  let env: TestWorkflowEnvironment;
  let bundle: WorkflowBundleWithSourceMap;
  let recorder: AppointmentRecorder;
  beforeAll(async () => {
    ({ env, bundle } = await connectTestEnvironment());
  });
  afterAll(async () => {
    await env?.teardown();
  });
  beforeEach(() => {
    recorder = new AppointmentRecorder();
  });

  const run = <T>(work: (taskQueue: string) => Promise<T>) =>
    runWithWorker(env, bundle, recorder.activities, work);
  const firstRow = (workflowId: string): RecordProcedureStepInput => recorder.procedureRows(workflowId)[0];

  it('answers, after the start, the procedure row the proposed step wrote, once that step is recorded', async () => {
    const input = appointmentInput();
    await run(async (taskQueue) => {
      const handle = await startAppointment(env, taskQueue, input);
      const answer = await handle.executeUpdate(firstStepRecordedUpdate);
      // Recorded when the answer arrives: the activity returned before the Update did.
      const proposed = firstRow(handle.workflowId);
      expect(proposed.kind).toBe('proposed');
      expect(answer).toEqual({ procedure: proposed.procedure, occurredAt: proposed.occurredAt });
      expect(answer.procedure).toMatchObject({
        kind: 'appointment',
        state: 'in_progress',
        stage: 'eligibility_check',
        postId: input.postId,
        proposedBy: input.proposedBy,
      });
      // Asked again later, it still names the first step, not the procedure as it stands now.
      await statusWhen(handle, (s) => s.stage !== 'eligibility_check');
      expect(await handle.executeUpdate(firstStepRecordedUpdate)).toEqual(answer);
    });
  });

  it('answers when sent with the start (update-with-start), and that run replays deterministically', async () => {
    const input = appointmentInput();
    await run(async (taskQueue) => {
      const workflowId = `appointment/${input.postId}/${randomUUID().slice(0, 8)}`;
      const start = new WithStartWorkflowOperation(WorkflowTypes.appointment, {
        taskQueue,
        workflowId,
        args: [input],
        workflowIdConflictPolicy: WorkflowIdConflictPolicy.FAIL,
      });
      const answer = await env.client.workflow.executeUpdateWithStart(firstStepRecordedUpdate, {
        startWorkflowOperation: start,
      });
      expect(answer.procedure.stage).toBe('eligibility_check');
      expect(answer.occurredAt).toBe(firstRow(workflowId).occurredAt);
      const handle = await start.workflowHandle();
      await statusWhen(handle, (s) => s.stage !== 'eligibility_check');
      await handle.executeUpdate(withdrawAppointmentUpdate, {
        args: [{ actor: actor('U-HR', ['hr_officer']), reason: 'Đề xuất nhầm vị trí' }],
      });
      await handle.result();
      expect(recorder.kinds(workflowId)).toContain('withdrawn');

      const history = await handle.fetchHistory();
      await expect(
        Worker.runReplayHistory({ workflowBundle: bundle }, history, workflowId),
      ).resolves.toBeUndefined();
    });
  });
});
