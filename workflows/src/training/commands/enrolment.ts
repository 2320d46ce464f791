import { setHandler } from '@temporalio/workflow';
import {
  enrolTraineesUpdate,
  withdrawTraineeUpdate,
  type EnrolTraineesCommand,
  type WithdrawTraineeCommand,
} from '@personnel/contracts';
import { checkEnrolment, planEnrolment, TRAINING_NOTE_MAX } from '@personnel/domain';
import { checkActor, must, refuse } from '../../kit';
import type { TrainingContext } from '../context';

/** The stages a class takes enrolments and withdrawals in: before it closes. */
const ENROLMENT_STAGES = ['opened', 'in_session'] as const;

/** Enrol one cadre or a whole unit; withdraw an enrolment. */
export function registerEnrolmentCommands(ctx: TrainingContext): void {
  const s = ctx.state;
  const planOf = (command: EnrolTraineesCommand) =>
    planEnrolment({
      enrolments: s.detail.enrolments,
      capacity: s.detail.capacity,
      candidateIds: command.cadres.map((c) => c.cadreId),
      completedIds: command.completedCadreIds,
    });

  setHandler(
    enrolTraineesUpdate,
    async (command: EnrolTraineesCommand) => {
      const plan = planOf(command);
      const at = ctx.now();
      const unitOf = new Map(command.cadres.map((c) => [c.cadreId, c.unitCode]));
      for (const cadreId of plan.enrol) {
        const enrolment = {
          cadreId,
          unitCode: unitOf.get(cadreId) ?? null,
          source: command.source,
          enrolledBy: command.actor.userId,
          enrolledAt: at,
          withdrawn: null,
        };
        const i = s.detail.enrolments.findIndex((e) => e.cadreId === cadreId);
        if (i < 0) s.detail.enrolments.push(enrolment);
        else s.detail.enrolments[i] = enrolment;
      }
      s.lastSkipped = plan.skipped;
      ctx.publishSubjects(s.enrolledIds());
      await ctx.record(
        'enrolled',
        command.actor.userId,
        { source: command.source, cadreIds: plan.enrol, skipped: plan.skipped },
        [],
        { concerns: plan.enrol },
      );
      return s.status();
    },
    {
      validator: (command: EnrolTraineesCommand) => {
        checkActor(command?.actor);
        ctx.assertOrganiser(command.actor);
        ctx.assertRunning();
        ctx.assertStage(ENROLMENT_STAGES, 'enrolment');
        const source = command.source;
        if (source?.kind !== 'cadre' && !(source?.kind === 'unit' && typeof source.unitCode === 'string'))
          refuse('invalid', 'source: a cadre, or a unit with its code');
        if (
          !Array.isArray(command.cadres) ||
          command.cadres.some((c) => typeof c?.cadreId !== 'string') ||
          (source.kind === 'cadre' && command.cadres.length !== 1)
        )
          refuse('invalid', 'cadres: the cadres to enrol (exactly one by name)');
        if (!Array.isArray(command.completedCadreIds)) refuse('invalid', 'completedCadreIds: a list');
        must(checkEnrolment(planOf(command), source.kind === 'cadre'));
      },
    },
  );

  setHandler(
    withdrawTraineeUpdate,
    async (command: WithdrawTraineeCommand) => {
      const reason = command.reason?.trim() || null;
      const enrolment = s.detail.enrolments.find((e) => e.cadreId === command.cadreId && !e.withdrawn);
      if (!enrolment) throw new Error(`enrolment of ${command.cadreId} vanished after validation`);
      enrolment.withdrawn = { by: command.actor.userId, at: ctx.now(), reason };
      s.detail.attendance = s.detail.attendance.filter((a) => a.cadreId !== command.cadreId);
      ctx.publishSubjects(s.enrolledIds());
      await ctx.record(
        'withdrawn_from_class',
        command.actor.userId,
        { cadreId: command.cadreId, ...(reason ? { reason } : {}) },
        [],
        { concerns: [command.cadreId] },
      );
      return s.status();
    },
    {
      validator: (command: WithdrawTraineeCommand) => {
        checkActor(command?.actor);
        ctx.assertOrganiser(command.actor);
        ctx.assertRunning();
        ctx.assertStage(ENROLMENT_STAGES, 'a withdrawal');
        if (!s.enrolledIds().includes(command.cadreId))
          refuse('invalid', `cadreId: ${String(command.cadreId)} is not enrolled in this class`);
        if (
          command.reason !== undefined &&
          (typeof command.reason !== 'string' || command.reason.length > TRAINING_NOTE_MAX)
        )
          refuse('invalid', `reason: text of at most ${TRAINING_NOTE_MAX} characters`);
      },
    },
  );
}
