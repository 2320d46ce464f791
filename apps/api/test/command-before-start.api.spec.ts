import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { recordAttendanceUpdate, WorkflowTypes, type ConferenceInput } from '@personnel/contracts';
import { temporalTestAddress } from '@personnel/persistence/testing';
import { ProcedureWorkflowsGateway } from '../src/procedures/procedure-workflows.gateway';
import { startApiWithWorker, type ApiUnderTest } from './api-harness';

const conference = (id: string): ConferenceInput => ({
  kind: 'collective',
  legalBasis: 'QD80-2022',
  subject: `${id}-subject`,
  summoned: ['U-A', 'U-B', 'U-C'],
  candidates: ['CB-X'],
  secretaryId: 'U-A',
  headId: 'U-B',
  convenedAt: new Date().toISOString(),
  deadlineMs: 3_600_000,
});

/**
 * The journal records a conference as convened before its child workflow starts: a secretary who acts
 * at once must reach the conference, not be told it no longer runs. A conference that ran and closed
 * is told so without waiting.
 */
describe('a command to a workflow Temporal does not know yet', () => {
  let api: ApiUnderTest;
  let connection: Connection;
  let client: Client;
  let gateway: ProcedureWorkflowsGateway;

  beforeAll(async () => {
    api = await startApiWithWorker();
    connection = await Connection.connect({ address: temporalTestAddress() });
    client = new Client({ connection });
    gateway = api.app.get(ProcedureWorkflowsGateway);
  }, 120_000);
  afterAll(async () => {
    await connection?.close();
    await api?.close();
  });

  const attendance = (workflowId: string) =>
    gateway.update(workflowId, (handle) =>
      handle.executeUpdate(recordAttendanceUpdate, { args: [{ actorId: 'U-A', present: ['U-A', 'U-B'] }] }),
    );

  it('waits for a conference started a moment after the command and applies it', async () => {
    const workflowId = `command-before-start/${randomUUID()}`;
    const sent = attendance(workflowId);
    await new Promise((resolve) => setTimeout(resolve, 800));
    const handle = await client.workflow.start(WorkflowTypes.conference, {
      workflowId,
      taskQueue: api.taskQueue as string,
      args: [conference(workflowId)],
    });
    try {
      expect(await sent).toMatchObject({
        kind: 'accepted',
        result: { stage: 'attendance_recorded', attending: 2 },
      });
    } finally {
      await handle.terminate('test over');
    }
  });

  it('answers not_running at once for a conference that has closed', async () => {
    const workflowId = `command-after-close/${randomUUID()}`;
    const handle = await client.workflow.start(WorkflowTypes.conference, {
      workflowId,
      taskQueue: api.taskQueue as string,
      args: [conference(workflowId)],
    });
    await handle.terminate('closed for the test');
    const began = Date.now();
    expect(await attendance(workflowId)).toEqual({ kind: 'not_running' });
    expect(Date.now() - began).toBeLessThan(4_000);
  });

  it('answers not_running after the wait for a workflow that never starts', async () => {
    expect(await attendance(`never-started/${randomUUID()}`)).toEqual({ kind: 'not_running' });
  });
});
