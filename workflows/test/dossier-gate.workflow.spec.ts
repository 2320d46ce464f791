import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import {
  addDossierDocumentsUpdate,
  grantDossierExceptionUpdate,
  type AddDossierDocumentsCommand,
  type DocumentRef,
  type GrantDossierExceptionCommand,
} from '@personnel/contracts';
import {
  actor,
  AppointmentRecorder,
  appointmentInput,
  refusalCode,
  startAppointment,
  statusWhen,
} from './appointment-harness';
import { completeDossier } from './dossier-fixtures';
import { connectTestEnvironment, runWithWorker } from './harness';
import {
  holdConsultation,
  rotationInput,
  RotationRecorder,
  rotationWhen,
  startRotation,
} from './rotation-harness';

const add = (
  userId: string,
  documents: DocumentRef[],
  roles: ('hr_officer' | 'approver')[] = ['hr_officer'],
  cadreId: string | null = null,
): { args: [AddDossierDocumentsCommand] } => ({
  args: [{ actor: actor(userId, roles, cadreId), documents }],
});
const excuse = (
  userId: string,
  reason: string,
  roles: ('leader' | 'approver')[] = ['leader'],
): { args: [GrantDossierExceptionCommand] } => ({
  args: [{ actor: actor(userId, roles), reason }],
});

/** The kit's dossier gate on the real dev server: incomplete → completed, and excused by a leader. */
describe('the dossier gate', () => {
  let env: TestWorkflowEnvironment;
  let bundle: WorkflowBundleWithSourceMap;
  beforeAll(async () => {
    ({ env, bundle } = await connectTestEnvironment());
  });
  afterAll(async () => {
    await env?.teardown();
  });

  it('holds an appointment with an incomplete dossier before its first conference until HR completes it', async () => {
    const recorder = new AppointmentRecorder();
    const input = appointmentInput();
    const cadre = input.candidateIds[0];
    const full = completeDossier(cadre);
    const year = Number(full[0].issuedOn!.slice(0, 4)) + (full[0].issuedOn!.slice(5, 7) === '12' ? 1 : 0);
    const health = full.find((d) => d.kind === 'health_certificate')!;
    const lastYear = full.find((d) => d.kind === 'assessment' && d.periodYear === year - 1)!;
    const rest = full.filter((d) => d !== health && d !== lastYear);
    recorder.dossiers.byCadre.set(cadre, rest);
    await runWithWorker(env, bundle, recorder.activities, async (taskQueue) => {
      const handle = await startAppointment(env, taskQueue, input);
      const waiting = await statusWhen(handle, (s) => s.stage === 'awaiting_dossier');
      expect(waiting.dossier?.complete).toBe(false);
      expect(waiting.dossier?.checklists[0].missing).toEqual([
        'health_certificate',
        `assessment-${lastYear.periodYear}`,
      ]);
      expect(waiting.steps).toEqual([]);
      const task = waiting.tasks.find((t) => t.key === 'dossier');
      expect(task).toMatchObject({ kind: 'dossier', status: 'open', assigneeIds: ['U-HR'] });
      expect(waiting.tasks.find((t) => t.key === 'dossier-exception')).toMatchObject({
        kind: 'exception',
        assigneeIds: ['U-BT', 'TV-2'],
      });

      // Only HR, never the nominee, and only documents of a subject.
      expect(
        await refusalCode(() =>
          handle.executeUpdate(addDossierDocumentsUpdate, add('U-X', [health], ['approver'])),
        ),
      ).toBe('not_authorised');
      expect(
        await refusalCode(() =>
          handle.executeUpdate(addDossierDocumentsUpdate, add('U-N', [health], ['hr_officer'], cadre)),
        ),
      ).toBe('own_case');
      expect(
        await refusalCode(() =>
          handle.executeUpdate(addDossierDocumentsUpdate, add('U-HR', [{ ...health, cadreId: 'CB-OTHER' }])),
        ),
      ).toBe('invalid');

      const half = await handle.executeUpdate(addDossierDocumentsUpdate, add('U-HR', [health]));
      expect(half.stage).toBe('awaiting_dossier');
      expect(half.dossier?.checklists[0].missing).toEqual([`assessment-${lastYear.periodYear}`]);
      const done = await handle.executeUpdate(addDossierDocumentsUpdate, add('U-HR', [lastYear]));
      expect(done.stage).toBe('collective_proposes');
      expect(done.dossier).toMatchObject({ complete: true, exception: null });
      expect(done.dossier?.completedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(done.tasks.find((t) => t.key === 'dossier')).toMatchObject({
        status: 'done',
        outcome: 'completed',
        completedBy: 'U-HR',
      });
      expect(done.tasks.find((t) => t.key === 'dossier-exception')?.status).toBe('cancelled');
      const convened = await statusWhen(handle, (s) => s.steps.length === 1);
      expect(convened.steps[0].index).toBe(1);
      // Once past the gate a late exception is refused.
      expect(
        await refusalCode(() =>
          handle.executeUpdate(
            grantDossierExceptionUpdate,
            excuse('U-BT', 'Hồ sơ đã được bổ sung đầy đủ theo quy định'),
          ),
        ),
      ).toBe('wrong_stage');
      await handle.terminate('test finished');
      const main = handle.workflowId;
      expect(recorder.kinds(main)).toEqual([
        'proposed',
        'eligibility_checked',
        'dossier_checked',
        'dossier_documents_added',
        'dossier_completed',
        'conference_convened',
      ]);
      const rows = recorder.procedureRows(main);
      expect(rows.map((r) => r.procedure.stage)).toEqual([
        'eligibility_check',
        'collective_proposes',
        'awaiting_dossier',
        'awaiting_dossier',
        'collective_proposes',
        'collective_proposes',
      ]);
      // The read model carries the checklist in the row's detail, for the panel of any kind.
      expect(rows[2].procedure.detail).toMatchObject({ dossier: { complete: false } });
      expect(rows[2].tasks.map((t) => t.key)).toEqual(['dossier', 'dossier-exception']);
    });
  });

  it("lets a rotation with an incomplete dossier on only by a leader's reasoned exception", async () => {
    const recorder = new RotationRecorder();
    const input = rotationInput();
    recorder.dossiers.byCadre.set(input.cadreId, []);
    await runWithWorker(env, bundle, recorder.activities, async (taskQueue) => {
      const handle = await startRotation(env, taskQueue, input);
      const waiting = await rotationWhen(handle, (s) => s.stage === 'awaiting_dossier');
      // A rotation asks no Party cell comments (QĐ 65): four items, three of them years of assessments.
      expect(waiting.dossier?.checklists[0].missing).toHaveLength(6);
      expect(waiting.dossier?.checklists[0].missing).not.toContain('party_cell_comment');
      const reason = 'Cán bộ đang điều trị, giấy khám sức khỏe bổ sung sau';
      expect(
        await refusalCode(() =>
          handle.executeUpdate(grantDossierExceptionUpdate, excuse(input.signerId, reason, ['approver'])),
        ),
      ).toBe('not_authorised');
      expect(
        await refusalCode(() =>
          handle.executeUpdate(grantDossierExceptionUpdate, excuse(input.signerId, 'too short')),
        ),
      ).toBe('invalid');
      expect(
        await refusalCode(() =>
          handle.executeUpdate(grantDossierExceptionUpdate, excuse('U-SOMEONE', reason)),
        ),
      ).toBe('not_assignee');
      const granted = await handle.executeUpdate(grantDossierExceptionUpdate, excuse(input.signerId, reason));
      expect(granted.stage).toBe('consultation');
      expect(granted.dossier?.exception).toMatchObject({ grantedBy: input.signerId, reason });
      expect(granted.dossier?.exception?.missing[0].keys).toHaveLength(6);
      expect(granted.tasks.find((t) => t.key === 'dossier')?.status).toBe('cancelled');
      expect(granted.tasks.find((t) => t.key === 'dossier-exception')).toMatchObject({
        status: 'done',
        outcome: 'granted',
      });
      await holdConsultation(env, handle, 6);
      await rotationWhen(handle, (s) => s.stage === 'sign_off');
      await handle.terminate('test finished');
      expect(recorder.kinds(handle.workflowId).slice(0, 5)).toEqual([
        'proposed',
        'eligibility_checked',
        'dossier_checked',
        'dossier_exception_granted',
        'conference_convened',
      ]);
    });
  });
});
