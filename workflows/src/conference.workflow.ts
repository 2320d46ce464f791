import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import {
  CONFERENCE_REFUSED,
  conferenceStatusQuery,
  headDecisionUpdate,
  recordAttendanceUpdate,
  SearchAttributes,
  submitTallyUpdate,
  type AttendanceCommand,
  type ConferenceInput,
  type ConferenceResult,
  type ConferenceStage,
  type ConferenceStatus,
  type ConferenceRefusalCode,
  type ConfidenceTally,
  type HeadDecisionCommand,
  type JournalActivities,
  type RefusalParams,
  type TallyCommand,
} from '@personnel/contracts';
import {
  attendanceQuorum,
  ballotOf,
  checkAttendance,
  checkConferenceInput,
  checkHeadDecision,
  checkTally,
  confidenceTallies,
  tallyOutcome,
  type Refusal,
} from '@personnel/domain';
import { JournalCalls } from './journal-calls';

/** Journal positions reserved for one attempt of a conference (a handful of steps each). */
const ATTEMPT_SEQ_SPAN = 100;

/**
 * A conference (hội nghị) as a child workflow of a procedure: convened → attendance (quorum ≥ 2/3) →
 * secret-ballot tally entered by the secretary with the seal of the sheet → a 50 % tie goes to the
 * head → closed with the candidates who go forward. Quorum not met or the deadline passed also close it.
 * A confidence ballot (`input.ballot`, QĐ 96) takes three counts per holder instead and closes with each
 * holder's outcome; the default approval ballot runs exactly the commands it always ran.
 */
export async function conferenceWorkflow(input: ConferenceInput): Promise<ConferenceResult> {
  const problems = checkConferenceInput(input);
  if (problems.length > 0)
    throw ApplicationFailure.nonRetryable(`invalid conference: ${problems.join('; ')}`, 'InvalidConference');

  const { workflowId, runId } = workflowInfo();
  const summoned = input.summoned.length;
  // A step convened again is a new run under the same id: its steps get their own keys and positions.
  const attempt = input.attempt ?? 1;
  const attemptPrefix = attempt > 1 ? `a${attempt}/` : '';
  let seq = (attempt - 1) * ATTEMPT_SEQ_SPAN;
  const journal = new JournalCalls<JournalActivities>();
  let convenedRecorded = false;
  let attending: number | undefined;
  let tally: TallyCommand | undefined;
  let confidence: ConfidenceTally[] | undefined;
  let awaitingHead: string[] = [];
  let forward: string[] = [];
  const decidedByHead: string[] = [];
  let result: ConferenceResult | undefined;

  const stage = (): ConferenceStage =>
    result
      ? 'closed'
      : awaitingHead.length > 0
        ? 'awaiting_head'
        : attending !== undefined
          ? 'attendance_recorded'
          : 'convened';
  const status = (): ConferenceStatus => ({
    stage: stage(),
    attending,
    quorumMet: attending === undefined ? undefined : attendanceQuorum(input, attending),
    awaitingHead: [...awaitingHead],
    result,
  });
  const publishStage = () =>
    upsertSearchAttributes([{ key: SearchAttributes.stage, value: `conference_${stage()}` }]);
  const record = async (
    stepKey: string,
    actor: string,
    payload: Record<string, unknown>,
    occurredAt = new Date().toISOString(),
  ) => {
    await condition(() => convenedRecorded || stepKey === 'convened');
    const step = {
      workflowId,
      runId,
      stepKey: attemptPrefix + stepKey,
      seq: seq++,
      actor,
      kind: stepKey.split('/')[0],
      payload,
      occurredAt,
    };
    await journal.write((a) => a.recordStep(step));
  };
  const closeWith = (outcome: ConferenceResult['outcome']) => {
    result = {
      outcome,
      forward: [...forward],
      summoned,
      attending: attending ?? 0,
      ...(tally && !confidence
        ? { ballotsCast: tally.ballotsCast, votes: tally.votes, sheetSha256: tally.sheetSha256 }
        : {}),
      ...(tally && confidence
        ? { ballotsCast: tally.ballotsCast, confidence, sheetSha256: tally.sheetSha256 }
        : {}),
      ...(decidedByHead.length > 0 ? { decidedByHead: [...decidedByHead] } : {}),
    };
  };
  // `details: [code, params]` as every procedure refusal: the API and the panel write it in the user's
  // language. A refused Update records nothing, so what it carries is free to change without a patch.
  const refuse = (code: ConferenceRefusalCode, message: string, params: RefusalParams = {}): never => {
    throw ApplicationFailure.create({ type: CONFERENCE_REFUSED, message, details: [code, params] });
  };
  const validate = (check: () => Refusal) => {
    if (result) refuse('conference_closed', 'the conference is closed');
    const outcome = check();
    if (!outcome.ok) refuse(outcome.code, outcome.reason, outcome.params);
  };

  setHandler(conferenceStatusQuery, status);

  setHandler(
    recordAttendanceUpdate,
    async (command: AttendanceCommand) => {
      attending = command.present.length;
      const quorum = attendanceQuorum(input, attending);
      if (!quorum) closeWith('quorum_not_met');
      await record('attendance', command.actorId, {
        present: [...command.present].sort(),
        attending,
        summoned,
        quorumMet: quorum,
      });
      publishStage();
      return status();
    },
    {
      validator: (command: AttendanceCommand) =>
        validate(() => checkAttendance(input, attending !== undefined, command)),
    },
  );

  setHandler(
    submitTallyUpdate,
    async (command: TallyCommand) => {
      tally = command;
      if (ballotOf(input) === 'confidence') {
        confidence = confidenceTallies(input, command.confidence ?? []);
        // QĐ 96: a holder with more than 1/2 low confidence is out of planning, so not carried forward
        // (a reappointment goes on only with those retained). No tie goes to the head.
        forward = confidence.filter((c) => c.outcome === 'retained').map((c) => c.candidateId);
        closeWith(forward.length > 0 ? 'passed' : 'failed');
        await record('tally', command.actorId, {
          ballot: 'confidence',
          ballotsCast: command.ballotsCast,
          confidence,
          sheetSha256: command.sheetSha256,
          forward,
        });
        publishStage();
        return status();
      }
      const outcome = tallyOutcome(input, command.votes ?? []);
      forward = outcome.forward;
      awaitingHead = outcome.awaitingHead;
      if (awaitingHead.length === 0) closeWith(outcome.outcome);
      await record('tally', command.actorId, {
        ballotsCast: command.ballotsCast,
        votes: command.votes,
        sheetSha256: command.sheetSha256,
        forward: outcome.forward,
        awaitingHead: outcome.awaitingHead,
      });
      publishStage();
      return status();
    },
    {
      validator: (command: TallyCommand) =>
        validate(() => checkTally(input, attending, tally !== undefined, command)),
    },
  );

  setHandler(
    headDecisionUpdate,
    async (command: HeadDecisionCommand) => {
      awaitingHead = awaitingHead.filter((c) => c !== command.candidateId);
      decidedByHead.push(command.candidateId);
      if (command.approve) forward = [...forward, command.candidateId];
      if (awaitingHead.length === 0) closeWith(forward.length > 0 ? 'passed' : 'failed');
      await record(`head_decision/${command.candidateId}`, command.actorId, {
        candidateId: command.candidateId,
        approve: command.approve,
      });
      publishStage();
      return status();
    },
    {
      validator: (command: HeadDecisionCommand) =>
        validate(() => checkHeadDecision(input, awaitingHead, command)),
    },
  );

  await record(
    'convened',
    input.secretaryId,
    {
      kind: input.kind,
      ...(input.ballot ? { ballot: input.ballot } : {}),
      subject: input.subject,
      summoned: input.summoned,
      candidates: input.candidates,
      legalBasis: input.legalBasis,
    },
    input.convenedAt,
  );
  convenedRecorded = true;
  publishStage();

  if (!(await condition(() => result !== undefined, input.deadlineMs))) closeWith('expired');
  await condition(allHandlersFinished);
  const closed = result as ConferenceResult;
  await record('closed', input.secretaryId, { ...closed });
  publishStage();
  return closed;
}
