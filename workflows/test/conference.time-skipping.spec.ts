import { randomUUID } from 'node:crypto';
import {
  recordAttendanceUpdate,
  WorkflowTypes,
  type ConferenceInput,
  type ConferenceResult,
} from '@personnel/contracts';
import { RecordingActivities } from './harness';
import { useTimeSkipping } from './time-skipping';

const DAY_MS = 24 * 3600 * 1000;

/** Long waits on the time-skipping test server: a month-long deadline passes in moments of real time. */
describe('conference deadline on the time-skipping test server', () => {
  const ts = useTimeSkipping();

  it('expires a conference that never met within its 30-day deadline, keeping the attendance it had', async () => {
    const journal = new RecordingActivities();
    const { worker, taskQueue } = await ts.worker('skip', journal.activities);
    const input: ConferenceInput = {
      kind: 'key_cadre',
      legalBasis: 'QD377-2025',
      subject: 'appointment/QA-CT-UBND/1',
      summoned: ['M1', 'M2', 'M3'],
      candidates: ['CB-0001'],
      secretaryId: 'M1',
      headId: 'M2',
      convenedAt: '2026-06-01T01:00:00.000Z',
      deadlineMs: 30 * DAY_MS,
    };
    const startedAt = await ts.env.currentTimeMs();
    const result = await worker.runUntil(async () => {
      const handle = await ts.env.client.workflow.start(WorkflowTypes.conference, {
        taskQueue,
        workflowId: `conference/${randomUUID()}`,
        args: [input],
      });
      await handle.executeUpdate(recordAttendanceUpdate, {
        args: [{ actorId: 'M1', present: ['M1', 'M2', 'M3'] }],
      });
      return (await handle.result()) as ConferenceResult;
    });
    expect(result).toMatchObject({ outcome: 'expired', attending: 3, forward: [] });
    expect((await ts.env.currentTimeMs()) - startedAt).toBeGreaterThanOrEqual(30 * DAY_MS);
    expect(journal.stepKeys).toEqual(['convened', 'attendance', 'closed']);
  });
});
