import type {
  AuthenticatedUser,
  LegalBasis,
  RotationInput,
  RotationMove,
  RotationProcedureParties,
  RotationTiming,
} from '@personnel/contracts';
import { DEFAULT_ROTATION_MONTHS, defaultLegalBasis, ruleParameters } from '@personnel/domain';
import { todayInVietnam } from '../registry/common/today';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Reminder before a task is due, and a conference's deadline, unless the request's timing says otherwise. */
const DEFAULT_REMINDER_WORKING_DAYS = 2;
const DEFAULT_CONFERENCE_DEADLINE_MS = 30 * DAY_MS;

/** The workflow's input: the move and its parties as plain data, the basis pinned, the actor from the token. */
export function rotationInput(p: {
  move: RotationMove;
  parties: RotationProcedureParties;
  fromUnitCode: string;
  legalBasis?: LegalBasis;
  timing?: Partial<RotationTiming>;
  proposer: AuthenticatedUser;
  now: Date;
  batchId?: string;
}): RotationInput {
  const legalBasis = p.legalBasis ?? defaultLegalBasis('rotation', todayInVietnam(p.now));
  const { move, parties } = p;
  const timing: RotationTiming = {
    taskWorkingDays: ruleParameters(legalBasis).policyApprovalWorkingDays.value,
    reminderWorkingDays: DEFAULT_REMINDER_WORKING_DAYS,
    conferenceDeadlineMs: DEFAULT_CONFERENCE_DEADLINE_MS,
    ...Object.fromEntries(Object.entries(p.timing ?? {}).filter(([, v]) => v !== undefined)),
  };
  return {
    cadreId: move.cadreId,
    fromPostId: move.fromPostId,
    fromUnitCode: p.fromUnitCode,
    toUnitCode: move.toUnitCode,
    toPostId: move.toPostId,
    reason: move.reason,
    months: move.months ?? DEFAULT_ROTATION_MONTHS,
    replaceHolder: move.replaceHolder === true,
    collective: {
      summonedIds: [...parties.collective.summonedIds],
      secretaryId: parties.collective.secretaryId,
      headId: parties.collective.headId,
    },
    signOffMode: parties.signOffMode,
    signOff: parties.signOff.map((s) => ({
      key: s.key,
      label: s.label,
      assigneeIds: [...s.assigneeIds],
      ...(s.escalateToId ? { escalateToId: s.escalateToId } : {}),
    })),
    signerId: parties.signerId,
    receivingIds: [...parties.receivingIds],
    legalBasis,
    proposedBy: p.proposer.username,
    proposedAt: p.now.toISOString(),
    timing,
    ...(p.batchId ? { batchId: p.batchId } : {}),
  };
}

/** Picks the move out of a request that carries more (a single start's body). */
export function moveOf(request: RotationMove): RotationMove {
  return {
    cadreId: request.cadreId,
    fromPostId: request.fromPostId,
    toUnitCode: request.toUnitCode,
    toPostId: request.toPostId,
    reason: request.reason,
    ...(request.months !== undefined ? { months: request.months } : {}),
    ...(request.replaceHolder !== undefined ? { replaceHolder: request.replaceHolder } : {}),
  };
}
