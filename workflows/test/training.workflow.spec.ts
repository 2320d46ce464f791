import { WorkflowNotFoundError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import {
  cancelTrainingClassUpdate,
  closeTrainingSessionUpdate,
  completeTrainingClassUpdate,
  enrolTraineesUpdate,
  recordTrainingAttendanceUpdate,
  SearchAttributes,
  startTrainingSessionUpdate,
  withdrawTraineeUpdate,
} from '@personnel/contracts';
import { actor, refusalCode } from './appointment-harness';
import { connectTestEnvironment, runWithWorker } from './harness';
import {
  HR,
  oneCadre,
  startTrainingClass,
  trainingInput,
  TrainingRecorder,
  trainingWhen,
  wholeUnit,
} from './training-harness';

const session = { args: [{ actor: HR }] as [{ actor: typeof HR }] };

/** The training class procedure on the real dev server, with in-memory activities. */
describe('training class workflow on the real dev server', () => {
  let env: TestWorkflowEnvironment;
  let bundle: WorkflowBundleWithSourceMap;
  beforeAll(async () => {
    ({ env, bundle } = await connectTestEnvironment());
  });
  afterAll(async () => {
    await env?.teardown();
  });

  it('opens, enrols one by one and a whole unit, moves into session and closing on its timers, completes and writes each pass once', async () => {
    const recorder = new TrainingRecorder();
    const input = trainingInput({ timing: { sessionStartsAfterMs: 5_000, sessionClosesAfterMs: 7_000 } });
    const id = `training/${input.classCode}`;
    await runWithWorker(env, bundle, recorder.activities, async (taskQueue) => {
      const handle = await startTrainingClass(env, taskQueue, input);
      const one = await handle.executeUpdate(enrolTraineesUpdate, oneCadre('CB-1'));
      expect(one.enrolments.map((e) => e.cadreId)).toEqual(['CB-1']);
      const unit = await handle.executeUpdate(
        enrolTraineesUpdate,
        wholeUnit('DH-QA', ['CB-1', 'CB-2', 'CB-3', 'CB-4'], ['CB-4']),
      );
      expect(unit.enrolments.map((e) => [e.cadreId, e.source.kind])).toEqual([
        ['CB-1', 'cadre'],
        ['CB-2', 'unit'],
        ['CB-3', 'unit'],
      ]);
      expect(unit.lastSkipped).toEqual([
        { cadreId: 'CB-1', reason: 'already_enrolled' },
        { cadreId: 'CB-4', reason: 'already_completed' },
      ]);
      await trainingWhen(handle, (s) => s.stage === 'closing');
      await handle.executeUpdate(recordTrainingAttendanceUpdate, {
        args: [
          {
            actor: HR,
            entries: [
              { cadreId: 'CB-1', attended: true },
              { cadreId: 'CB-2', attended: true },
              { cadreId: 'CB-3', attended: false, note: 'Nghỉ ốm' },
            ],
          },
        ],
      });
      const done = await handle.executeUpdate(completeTrainingClassUpdate, {
        args: [
          {
            actor: HR,
            results: [
              {
                cadreId: 'CB-1',
                passed: true,
                certificateNumber: 'GCN-001',
                certificateDocumentId: '7b0c6a1e-3f7d-4d0b-9a55-2f4a3c1e9b10',
              },
              { cadreId: 'CB-2', passed: false },
            ],
          },
        ],
      });
      expect(done).toMatchObject({ state: 'completed', stage: 'completed' });
      expect(done.completion).toEqual({ written: ['CB-1'], alreadyHeld: [] });
      await handle.result();

      expect(recorder.writes).toEqual([
        expect.objectContaining({
          workflowId: id,
          courseCode: 'CT05',
          completions: [
            {
              cadreId: 'CB-1',
              certificateNumber: 'GCN-001',
              certificateDocumentId: '7b0c6a1e-3f7d-4d0b-9a55-2f4a3c1e9b10',
            },
          ],
        }),
      ]);
      expect(recorder.kinds(id)).toEqual([
        'class_opened',
        'enrolled',
        'enrolled',
        'session_started',
        'session_closed',
        'attendance_recorded',
        'class_completed',
      ]);
      // Every step is a kernel row of kind training, its timers' steps by the system.
      expect(recorder.step(id, 'session_started')).toMatchObject({ actor: 'system' });
      const last = recorder.step(id, 'class_completed')!;
      expect(last.procedure).toMatchObject({
        kind: 'training',
        unitCode: 'DH',
        postId: null,
        state: 'completed',
        subjectCadreIds: ['CB-1', 'CB-2', 'CB-3'],
      });
      // The timeline rows are the step's own cadres, not the whole class.
      expect(recorder.step(id, 'enrolled')?.concerns).toEqual(['CB-1']);
      expect(recorder.steps.filter((s) => s.kind === 'enrolled')[1].concerns).toEqual(['CB-2', 'CB-3']);
      expect(last.concerns).toEqual(['CB-1', 'CB-2']);
      expect(recorder.step(id, 'attendance_recorded')?.concerns).toEqual([]);

      const attributes = (await handle.describe()).typedSearchAttributes;
      expect(attributes.get(SearchAttributes.procedureKind)).toBe('training');
      expect(attributes.get(SearchAttributes.unitCode)).toBe('DH');
      expect(attributes.get(SearchAttributes.stage)).toBe('completed');
      expect(attributes.get(SearchAttributes.candidateIds)).toEqual(['CB-1', 'CB-2', 'CB-3']);
    });
  });

  it('takes the organiser’s commands to open and close the session before the dates, and refuses out of stage', async () => {
    const recorder = new TrainingRecorder();
    const input = trainingInput();
    await runWithWorker(env, bundle, recorder.activities, async (taskQueue) => {
      const handle = await startTrainingClass(env, taskQueue, input);
      await handle.executeUpdate(enrolTraineesUpdate, oneCadre('CB-1'));
      const attendance = {
        args: [{ actor: HR, entries: [{ cadreId: 'CB-1', attended: true }] }] as [
          { actor: typeof HR; entries: { cadreId: string; attended: boolean }[] },
        ],
      };
      expect(await refusalCode(() => handle.executeUpdate(recordTrainingAttendanceUpdate, attendance))).toBe(
        'wrong_stage',
      );
      expect(await refusalCode(() => handle.executeUpdate(closeTrainingSessionUpdate, session))).toBe(
        'wrong_stage',
      );
      expect((await handle.executeUpdate(startTrainingSessionUpdate, session)).stage).toBe('in_session');
      expect(await refusalCode(() => handle.executeUpdate(startTrainingSessionUpdate, session))).toBe(
        'wrong_stage',
      );
      await handle.executeUpdate(recordTrainingAttendanceUpdate, attendance);
      const complete = {
        args: [{ actor: HR, results: [{ cadreId: 'CB-1', passed: true, certificateNumber: 'A-1' }] }] as [
          { actor: typeof HR; results: { cadreId: string; passed: boolean; certificateNumber: string }[] },
        ],
      };
      expect(await refusalCode(() => handle.executeUpdate(completeTrainingClassUpdate, complete))).toBe(
        'wrong_stage',
      );
      expect((await handle.executeUpdate(closeTrainingSessionUpdate, session)).stage).toBe('closing');
      expect(await refusalCode(() => handle.executeUpdate(enrolTraineesUpdate, oneCadre('CB-2')))).toBe(
        'wrong_stage',
      );
      expect((await handle.executeUpdate(completeTrainingClassUpdate, complete)).state).toBe('completed');
      await handle.result();
      // A completed class takes no more commands (the API answers 409 finished).
      await expect(
        handle.executeUpdate(cancelTrainingClassUpdate, {
          args: [{ actor: HR, reason: 'Không đủ học viên đăng ký' }],
        }),
      ).rejects.toThrow(WorkflowNotFoundError);
      expect(recorder.kinds(`training/${input.classCode}`)).toEqual([
        'class_opened',
        'enrolled',
        'session_started',
        'attendance_recorded',
        'session_closed',
        'class_completed',
      ]);
      expect(recorder.step(`training/${input.classCode}`, 'session_started')?.actor).toBe('U-HR');
    });
  });

  it('refuses enrolments past the capacity, twice the same cadre, a completion holder, and a non-HR actor; a withdrawal frees a seat', async () => {
    const recorder = new TrainingRecorder();
    const input = trainingInput({ capacity: 2 });
    await runWithWorker(env, bundle, recorder.activities, async (taskQueue) => {
      const handle = await startTrainingClass(env, taskQueue, input);
      await handle.executeUpdate(enrolTraineesUpdate, oneCadre('CB-1'));
      expect(await refusalCode(() => handle.executeUpdate(enrolTraineesUpdate, oneCadre('CB-1')))).toBe(
        'already_enrolled',
      );
      expect(await refusalCode(() => handle.executeUpdate(enrolTraineesUpdate, oneCadre('CB-9', true)))).toBe(
        'already_completed',
      );
      expect(
        await refusalCode(() =>
          handle.executeUpdate(enrolTraineesUpdate, wholeUnit('DH-QA', ['CB-2', 'CB-3'])),
        ),
      ).toBe('capacity_reached');
      expect(
        await refusalCode(() =>
          handle.executeUpdate(enrolTraineesUpdate, {
            args: [{ ...oneCadre('CB-2').args[0], actor: actor('U-BT', ['leader', 'approver']) }],
          }),
        ),
      ).toBe('not_authorised');
      await handle.executeUpdate(enrolTraineesUpdate, oneCadre('CB-2'));
      expect(await refusalCode(() => handle.executeUpdate(enrolTraineesUpdate, oneCadre('CB-3')))).toBe(
        'capacity_reached',
      );
      expect(
        await refusalCode(() =>
          handle.executeUpdate(withdrawTraineeUpdate, { args: [{ actor: HR, cadreId: 'CB-7' }] }),
        ),
      ).toBe('invalid');
      const withdrawn = await handle.executeUpdate(withdrawTraineeUpdate, {
        args: [{ actor: HR, cadreId: 'CB-1', reason: 'Đi công tác' }],
      });
      expect(withdrawn.enrolments.find((e) => e.cadreId === 'CB-1')?.withdrawn).toMatchObject({
        by: 'U-HR',
        reason: 'Đi công tác',
      });
      const seated = await handle.executeUpdate(enrolTraineesUpdate, oneCadre('CB-3'));
      expect(seated.enrolments.filter((e) => !e.withdrawn).map((e) => e.cadreId)).toEqual(['CB-2', 'CB-3']);
      const id = `training/${input.classCode}`;
      expect(recorder.step(id, 'withdrawn_from_class')).toMatchObject({ concerns: ['CB-1'] });
      // Refused commands recorded nothing.
      expect(recorder.kinds(id)).toEqual([
        'class_opened',
        'enrolled',
        'enrolled',
        'withdrawn_from_class',
        'enrolled',
      ]);
      await handle.executeUpdate(cancelTrainingClassUpdate, {
        args: [{ actor: HR, reason: 'Hoãn lớp theo chỉ đạo' }],
      });
      await handle.result();
    });
  });

  it('refuses results that leave out an attendee or a pass without its number, and a completion the registry refuses records nothing', async () => {
    const recorder = new TrainingRecorder();
    const input = trainingInput({ timing: { sessionStartsAfterMs: 0, sessionClosesAfterMs: 0 } });
    await runWithWorker(env, bundle, recorder.activities, async (taskQueue) => {
      const handle = await startTrainingClass(env, taskQueue, input);
      // Both timers have passed: the class goes straight to closing; nobody may enrol now.
      await trainingWhen(handle, (s) => s.stage === 'closing');
      expect(await refusalCode(() => handle.executeUpdate(enrolTraineesUpdate, oneCadre('CB-1')))).toBe(
        'wrong_stage',
      );
      await handle.executeUpdate(cancelTrainingClassUpdate, {
        args: [{ actor: HR, reason: 'Không có học viên nào' }],
      });
      expect((await handle.result()).state).toBe('cancelled');
    });

    const second = trainingInput({ timing: { sessionStartsAfterMs: 0, sessionClosesAfterMs: 60_000 } });
    const id = `training/${second.classCode}`;
    await runWithWorker(env, bundle, recorder.activities, async (taskQueue) => {
      const handle = await startTrainingClass(env, taskQueue, second);
      await trainingWhen(handle, (s) => s.stage === 'in_session');
      await handle.executeUpdate(enrolTraineesUpdate, wholeUnit('DH-QA', ['CB-1', 'CB-2']));
      await handle.executeUpdate(recordTrainingAttendanceUpdate, {
        args: [
          {
            actor: HR,
            entries: [
              { cadreId: 'CB-1', attended: true },
              { cadreId: 'CB-2', attended: true },
            ],
          },
        ],
      });
      await handle.executeUpdate(closeTrainingSessionUpdate, session);
      const results = (r: { cadreId: string; passed: boolean; certificateNumber?: string }[]) => ({
        args: [{ actor: HR, results: r }] as [{ actor: typeof HR; results: typeof r }],
      });
      expect(
        await refusalCode(() =>
          handle.executeUpdate(completeTrainingClassUpdate, results([{ cadreId: 'CB-1', passed: false }])),
        ),
      ).toBe('invalid');
      expect(
        await refusalCode(() =>
          handle.executeUpdate(
            completeTrainingClassUpdate,
            results([
              { cadreId: 'CB-1', passed: true },
              { cadreId: 'CB-2', passed: false },
            ]),
          ),
        ),
      ).toBe('invalid');
      recorder.refuseNextWrite = 'No cadre CB-2';
      const good = results([
        { cadreId: 'CB-1', passed: true, certificateNumber: 'B-1' },
        { cadreId: 'CB-2', passed: true, certificateNumber: 'B-2' },
      ]);
      expect(await refusalCode(() => handle.executeUpdate(completeTrainingClassUpdate, good))).toBe(
        'registry_conflict',
      );
      expect(recorder.kinds(id)).not.toContain('class_completed');
      const done = await handle.executeUpdate(completeTrainingClassUpdate, good);
      expect(done.completion).toEqual({ written: ['CB-1', 'CB-2'], alreadyHeld: [] });
      await handle.result();
    });
  });

  it('is cancelled at any stage before completion, with a reason on the enrolled cadres’ timelines', async () => {
    const recorder = new TrainingRecorder();
    const input = trainingInput();
    const id = `training/${input.classCode}`;
    await runWithWorker(env, bundle, recorder.activities, async (taskQueue) => {
      const handle = await startTrainingClass(env, taskQueue, input);
      await handle.executeUpdate(enrolTraineesUpdate, wholeUnit('DH-QA', ['CB-1', 'CB-2']));
      expect(
        await refusalCode(() =>
          handle.executeUpdate(cancelTrainingClassUpdate, { args: [{ actor: HR, reason: 'ngắn' }] }),
        ),
      ).toBe('invalid');
      const cancelled = await handle.executeUpdate(cancelTrainingClassUpdate, {
        args: [{ actor: HR, reason: 'Lớp được ghép vào đợt tháng 9' }],
      });
      expect(cancelled).toMatchObject({ state: 'cancelled', stage: 'cancelled' });
      expect(cancelled.cancelled).toMatchObject({ by: 'U-HR', reason: 'Lớp được ghép vào đợt tháng 9' });
      expect(await handle.result()).toMatchObject({ state: 'cancelled' });
      expect(recorder.step(id, 'class_cancelled')?.concerns).toEqual(['CB-1', 'CB-2']);
      expect(recorder.writes).toEqual([]);
    });
  });
});
