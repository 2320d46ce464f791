import { randomUUID } from 'node:crypto';
import {
  appointmentStatusQuery,
  WorkflowTypes,
  type LegalBasis,
  type RecordAppointmentStepInput,
} from '@personnel/contracts';
import {
  reappointmentNoticeDeadline,
  termLastDay,
  VIETNAM_PUBLIC_HOLIDAYS,
  vietnamDate,
} from '@personnel/domain';
import { appointmentInput, AppointmentRecorder } from './appointment-harness';
import { useTimeSkipping } from './time-skipping';

const DAY_MS = 24 * 3600 * 1000;

/**
 * The real five-year term on the time-skipping test server, with no shortened durations: the
 * reappointment notice fires on the day the legal basis sets — 90 calendar days before the term's last
 * day under NĐ 138, 90 working days (holidays counted) under QĐ 377.
 */
describe('appointment term on the time-skipping test server', () => {
  const ts = useTimeSkipping();

  it.each<[LegalBasis, string]>([
    ['ND138-2020', '90 calendar days'],
    ['QD377-2025', '90 working days'],
  ])('under %s the notice fires %s before the term ends, and not a day earlier', async (legalBasis) => {
    const recorder = new AppointmentRecorder();
    recorder.activities.loadHolidays = () => Promise.resolve([...VIETNAM_PUBLIC_HOLIDAYS]);
    const { worker, taskQueue } = await ts.worker('term', recorder.activities);
    const signedAt = new Date(await ts.env.currentTimeMs()).toISOString();
    const effectiveDate = vietnamDate(signedAt);
    const last = termLastDay(effectiveDate, legalBasis);
    const expectedNotice = reappointmentNoticeDeadline(last, legalBasis, VIETNAM_PUBLIC_HOLIDAYS);
    const input = appointmentInput({
      legalBasis,
      timing: {
        taskWorkingDays: 10,
        procedureWorkingDays: 30,
        reminderWorkingDays: 2,
        conferenceDeadlineMs: 30 * DAY_MS,
      },
    });
    input.resume = {
      nextSeq: 20,
      appointee: input.candidateIds[0],
      decision: { number: '1/QĐ', signerId: 'U-BT', effectiveDate, signedAt, termLastDay: last },
      term: 1,
      termStartsAt: effectiveDate,
      eligibility: [],
      exception: null,
      steps: [],
    };
    await worker.runUntil(async () => {
      const handle = await ts.env.client.workflow.start(WorkflowTypes.appointment, {
        taskQueue,
        workflowId: `appointment/${input.postId}/${randomUUID().slice(0, 8)}`,
        args: [input],
      });
      const before = Date.parse(`${expectedNotice}T00:00:00+07:00`) - (await ts.env.currentTimeMs());
      await ts.env.sleep(before - DAY_MS);
      expect((await handle.query(appointmentStatusQuery)).stage).toBe('in_term');
      await ts.env.sleep(2 * DAY_MS);
      const status = await handle.query(appointmentStatusQuery);
      expect(status.stage).toBe('reappointment');
      expect(status.tasks.map((t) => [t.kind, t.status])).toEqual([['self_assessment', 'open']]);
      await handle.terminate('test finished');
    });
    const notice = recorder.steps.find(
      (s) => s.kind === 'reappointment_notice',
    ) as RecordAppointmentStepInput;
    expect(vietnamDate(notice.occurredAt)).toBe(expectedNotice);
    expect(notice.seq).toBe(21);
  });
});
