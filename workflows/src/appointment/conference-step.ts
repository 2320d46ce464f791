import type {
  BallotForm,
  ConferenceBody,
  ConferenceResult,
  ProcedureStepKind,
  ProcedureStepRecord,
} from '@personnel/contracts';
import { conferenceBodyFor, conferenceKindOf } from '@personnel/domain';
import * as kit from '../kit';
import type { AppointmentContext } from './context';

const STEP_LABELS: Record<ProcedureStepKind, string> = {
  collective_proposes: 'Tập thể lãnh đạo thảo luận, đề xuất',
  expanded_conference: 'Hội nghị mở rộng giới thiệu nhân sự',
  collective_selects: 'Tập thể lãnh đạo lựa chọn nhân sự',
  key_cadre_conference: 'Hội nghị cán bộ chủ chốt',
  home_unit_consultation: 'Lấy ý kiến nơi cán bộ đang công tác',
  collective_votes: 'Tập thể lãnh đạo biểu quyết',
};

/**
 * One collective step of an appointment on the kit's conference step, kept in the status' `steps`.
 * Returns null when HR withdrew the procedure meanwhile.
 */
export function runConferenceStep(
  ctx: AppointmentContext,
  index: number,
  step: ProcedureStepKind,
  attempt = 1,
  body: ConferenceBody = conferenceBodyFor({ ...ctx.input, ...ctx.state.bodies }, step),
  ballot?: BallotForm,
): Promise<ConferenceResult | null> {
  const s = ctx.state;
  const candidates = [...s.candidates];
  let record: ProcedureStepRecord | undefined;
  return kit.runConferenceStep(ctx, {
    index,
    attempt,
    stage: step,
    stepName: step,
    label: STEP_LABELS[step],
    body,
    conferenceKind: conferenceKindOf(step),
    ...(ballot ? { ballot } : {}),
    legalBasis: ctx.input.legalBasis,
    candidates,
    unitCode: ctx.input.unitCode,
    postCode: ctx.input.postId,
    deadlineMs: ctx.input.timing.conferenceDeadlineMs,
    withdrawn: () => s.withdrawn,
    onConvened: (conferenceId) => {
      record = { index, attempt, body, kind: step, conferenceId, candidates, outcome: null, forward: [] };
      // A step convened again replaces its record: the status shows the attempt that counts.
      s.steps = [...s.steps.filter((st) => st.index !== index), record];
    },
    onResult: (result) => {
      if (!record) return;
      record.outcome = result.outcome;
      record.forward = [...result.forward];
      record.result = result;
    },
  });
}
