import { addDossierDocumentsUpdate } from '@personnel/contracts';
import { addDays, addMonths, vietnamDate } from '@personnel/domain';
import {
  actor,
  appointmentInput,
  AppointmentRecorder,
  startAppointment,
  statusWhen,
} from './appointment-harness';
import { completeDossier, dossierDocument } from './dossier-fixtures';
import { useTimeSkipping } from './time-skipping';

const DAY_MS = 24 * 3600 * 1000;

/**
 * A health certificate that expires while the procedure runs, on the time-skipping test server: the
 * workflow's timer at the end of its last valid day opens a task for HR to replace it, journaled once;
 * the replacement closes it. The conferences go on meanwhile (the dossier was complete at the gate).
 */
describe('a dossier item expiring while the procedure runs', () => {
  const ts = useTimeSkipping();

  it('raises one renewal task for HR when the certificate expires, closed by its replacement', async () => {
    const recorder = new AppointmentRecorder();
    const today = vietnamDate(new Date(await ts.env.currentTimeMs()).toISOString());
    const input = appointmentInput({
      proposedAt: new Date(await ts.env.currentTimeMs()).toISOString(),
      timing: {
        taskWorkingDays: 10,
        procedureWorkingDays: 30,
        reminderWorkingDays: 2,
        conferenceDeadlineMs: 30 * DAY_MS,
        // A working day of a week: no reminder or deadline fires in the days this test lets pass.
        workingDayMs: 7 * DAY_MS,
      },
    });
    const cadre = input.candidateIds[0];
    // Valid two more days: issued six months before the day after tomorrow.
    recorder.dossiers.byCadre.set(cadre, completeDossier(cadre, today, addMonths(addDays(today, 2), -6)));
    const { worker, taskQueue } = await ts.worker('dossier-expiry', recorder.activities);
    await worker.runUntil(async () => {
      const handle = await startAppointment(ts.env, taskQueue, input);
      const passed = await statusWhen(handle, (s) => s.steps.length === 1);
      expect(passed.dossier?.complete).toBe(true);
      const health = passed.dossier!.checklists[0].items.find((i) => i.key === 'health_certificate')!;
      expect(health.state).toBe('present');
      expect(health.validUntil! >= today).toBe(true);
      expect(passed.tasks.some((t) => t.kind === 'dossier')).toBe(false);

      await ts.env.sleep(4 * DAY_MS);
      const expired = await statusWhen(handle, (s) => s.tasks.some((t) => t.key === 'dossier-renewal-1'));
      expect(expired.stage).toBe('collective_proposes');
      expect(expired.tasks.find((t) => t.key === 'dossier-renewal-1')).toMatchObject({
        kind: 'dossier',
        status: 'open',
        assigneeIds: ['U-HR'],
      });
      expect(expired.dossier?.checklists[0].missing).toEqual(['health_certificate']);
      await ts.env.sleep(4 * DAY_MS);
      expect(recorder.kinds(handle.workflowId).filter((k) => k === 'dossier_item_expired')).toHaveLength(1);
      const step = recorder.procedureRows(handle.workflowId).find((r) => r.kind === 'dossier_item_expired')!;
      expect(step.payload).toMatchObject({
        expired: [{ cadreId: cadre, key: 'health_certificate', validUntil: health.validUntil }],
      });

      const now = vietnamDate(new Date(await ts.env.currentTimeMs()).toISOString());
      const renewed = await handle.executeUpdate(addDossierDocumentsUpdate, {
        args: [
          {
            actor: actor('U-HR', ['hr_officer']),
            documents: [dossierDocument(cadre, 'health_certificate', now)],
          },
        ],
      });
      expect(renewed.dossier?.complete).toBe(true);
      expect(renewed.tasks.find((t) => t.key === 'dossier-renewal-1')).toMatchObject({
        status: 'done',
        outcome: 'completed',
      });
      expect(
        renewed.dossier?.checklists[0].items.find((i) => i.key === 'health_certificate')?.validUntil,
      ).toBe(addMonths(now, 6));
      await handle.terminate('test finished');
    });
  }, 120_000);
});
