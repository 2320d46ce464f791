import {
  ConflictException,
  GatewayTimeoutException,
  HttpException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type { WorkflowHandle } from '@temporalio/client';
import {
  claimTaskUpdate,
  conferenceWorkflowId,
  decideTaskUpdate,
  delegateTaskUpdate,
  formatAppointmentId,
  grantExceptionUpdate,
  headDecisionUpdate,
  issueDecisionUpdate,
  parseAppointmentId,
  recordAttendanceUpdate,
  resubmitUpdate,
  submitTallyUpdate,
  unclaimTaskUpdate,
  withdrawAppointmentUpdate,
  type ActorRef,
  type AppointmentDetail,
  type AppointmentInput,
  type AppointmentStatus,
  type AppointmentTiming,
  type AppointmentView,
  type AuthenticatedUser,
  type BulkApproveItemResult,
  type ConferenceBody,
  type ConferenceStatus,
  type ConferenceView,
  type DocumentRef,
  type Page,
  type ProcedureStepKind,
  type StartAppointmentRequest,
} from '@personnel/contracts';
import type { ApiConfig } from '@personnel/config';
import { defaultLegalBasis, ruleParameters } from '@personnel/domain';
import { badRequest } from '../http/validation.pipe';
import { classifyDependencyFailure } from '../infrastructure/infrastructure-errors';
import { DatabaseProvider } from '../infrastructure/database.provider';
import { API_CONFIG } from '../infrastructure/tokens';
import { todayInVietnam } from '../registry/common/today';
import { AppointmentStores } from './appointment-stores';
import {
  AppointmentWorkflowsGateway,
  COMMAND_DEADLINE_MS,
  type UpdateOutcome,
} from './appointment-workflows.gateway';
import type {
  AttendanceDto,
  BulkApproveDto,
  DecideTaskDto,
  DelegateTaskDto,
  HeadDecisionDto,
  IssueDecisionDto,
  ListAppointmentsDto,
  ReasonDto,
  ResubmitDto,
  StartAppointmentDto,
  TallyDto,
} from './dto/appointment.dto';
import { checkSeparationOfDuties, checkStartShape, namedUsers, type FieldProblem } from './start-checks';
import { UnitScope } from './unit-scope';

const FIRST_STEP_VISIBLE_WAIT_MS = 3_000;
const MAX_ID_ATTEMPTS = 20;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Reminder before a task is due, and a conference's deadline, unless the request's timing says otherwise. */
export const DEFAULT_REMINDER_WORKING_DAYS = 2;
export const DEFAULT_CONFERENCE_DEADLINE_MS = 30 * DAY_MS;
const BULK_CONCURRENCY = 5;

/** The refusal codes of the appointment workflow and the HTTP status each one means. */
const REFUSAL_STATUS: Record<string, number> = {
  finished: 409,
  wrong_stage: 409,
  task_closed: 409,
  claimed_by_other: 409,
  not_claimed: 409,
  not_assignee: 403,
  own_case: 403,
  not_authorised: 403,
  unknown_task: 404,
  invalid: 400,
};

/** Which conference body sits at each collective step. */
const BODY_OF_STEP: Record<ProcedureStepKind, keyof AppointmentBodies> = {
  collective_proposes: 'collective',
  collective_selects: 'collective',
  collective_votes: 'collective',
  expanded_conference: 'expandedConference',
  key_cadre_conference: 'keyCadreConference',
  home_unit_consultation: 'homeUnitConference',
};

type AppointmentBodies = Pick<
  AppointmentInput,
  'collective' | 'expandedConference' | 'keyCadreConference' | 'homeUnitConference'
>;

export const actorOf = (user: AuthenticatedUser): ActorRef => ({
  userId: user.username,
  roles: user.roles,
  cadreId: user.cadreId ?? null,
});

@Injectable()
export class AppointmentsService {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly database: DatabaseProvider,
    private readonly stores: AppointmentStores,
    private readonly workflows: AppointmentWorkflowsGateway,
    private readonly scope: UnitScope,
  ) {}

  // ── Start ──────────────────────────────────────────────────────────────────────────────────────────

  async start(
    dto: StartAppointmentDto,
    proposer: AuthenticatedUser,
    now = new Date(),
  ): Promise<AppointmentView> {
    const request = dto as StartAppointmentRequest;
    const timingAllowed = this.config.appointmentTimingOverrides === true;
    const problems: FieldProblem[] = checkStartShape(request, timingAllowed);
    if (problems.length > 0) throw badRequest(problems);

    const dataSource = await this.database.connection();
    const [post]: { code: string; active: boolean; unit_code: string }[] = await dataSource.query(
      `SELECT p.code, p.active, u.code AS unit_code FROM post p JOIN unit u ON u.id = p.unit_id WHERE p.code = $1`,
      [request.postId],
    );
    if (!post)
      problems.push({ field: 'postId', problem: `names no post of the registry (${request.postId})` });
    else if (!post.active)
      problems.push({ field: 'postId', problem: `names an inactive post (${request.postId})` });

    const cadres: { code: string; status: string }[] = await dataSource.query(
      `SELECT code, status FROM cadre WHERE code = ANY($1)`,
      [request.candidateIds],
    );
    request.candidateIds.forEach((id, i) => {
      const cadre = cadres.find((c) => c.code === id);
      if (!cadre)
        problems.push({ field: `candidateIds[${i}]`, problem: `names no cadre of the registry (${id})` });
      else if (cadre.status !== 'active')
        problems.push({
          field: `candidateIds[${i}]`,
          problem: `names a cadre who is ${cadre.status} (${id})`,
        });
    });

    const named = namedUsers(request);
    const users: { username: string; cadre_id: string | null }[] = await dataSource.query(
      `SELECT username, cadre_id FROM app_user WHERE active AND (username = ANY($1) OR cadre_id = ANY($2))`,
      [[...new Set(named.map((n) => n.userId))], request.candidateIds],
    );
    const known = new Set(users.map((u) => u.username));
    for (const { field, userId } of named)
      if (!known.has(userId))
        problems.push({ field, problem: `names no active user of the directory (${userId})` });
    const candidateUsers = new Map(
      users
        .filter((u) => u.cadre_id !== null && request.candidateIds.includes(u.cadre_id))
        .map((u) => [u.username, u.cadre_id as string]),
    );
    if (proposer.cadreId && request.candidateIds.includes(proposer.cadreId))
      problems.push({
        field: 'candidateIds',
        problem: `names the proposer's own cadre (${proposer.cadreId})`,
      });
    problems.push(...checkSeparationOfDuties(request, proposer.username, candidateUsers));

    const documents = await this.documentRefs(request.documentIds ?? [], 'documentIds', problems);
    if (!post || problems.length > 0) throw badRequest(problems);
    await this.scope.assertActionable(proposer, post.unit_code, `Post ${post.code}`);

    const legalBasis = request.legalBasis ?? defaultLegalBasis('appointment', todayInVietnam(now));
    const parameters = ruleParameters(legalBasis);
    const timing: AppointmentTiming = {
      taskWorkingDays: parameters.policyApprovalWorkingDays.value,
      procedureWorkingDays: parameters.procedureWorkingDays.value,
      reminderWorkingDays: DEFAULT_REMINDER_WORKING_DAYS,
      conferenceDeadlineMs: DEFAULT_CONFERENCE_DEADLINE_MS,
      ...stripUndefined(request.timing ?? {}),
    };
    const input: AppointmentInput = {
      candidateIds: request.candidateIds,
      postId: request.postId,
      unitCode: post.unit_code,
      source: request.source,
      legalBasis,
      proposedBy: proposer.username,
      proposedAt: now.toISOString(),
      collective: plainBody(request.collective),
      ...(request.expandedConference ? { expandedConference: plainBody(request.expandedConference) } : {}),
      ...(request.keyCadreConference ? { keyCadreConference: plainBody(request.keyCadreConference) } : {}),
      ...(request.homeUnitConference ? { homeUnitConference: plainBody(request.homeUnitConference) } : {}),
      signOffMode: request.signOffMode,
      signOff: request.signOff.map((s) => ({
        key: s.key,
        label: s.label,
        assigneeIds: [...s.assigneeIds],
        ...(s.escalateToId ? { escalateToId: s.escalateToId } : {}),
      })),
      signerId: request.signerId,
      documents,
      timing,
    };

    const queries = await this.stores.appointments();
    let sequence = await queries.nextSequence(request.postId);
    for (let attempt = 0; attempt < MAX_ID_ATTEMPTS; attempt++, sequence++) {
      const id = formatAppointmentId({ postId: request.postId, sequence });
      const outcome = await this.workflows.start(id, input);
      if (outcome.started) return (await this.awaitFirstStep(id, proposer)) ?? pendingView(id, input);
    }
    throw new ConflictException(
      `Could not allocate an appointment id for ${request.postId}: too many procedures are being started at once; retry`,
    );
  }

  // ── Reads ──────────────────────────────────────────────────────────────────────────────────────────

  async list(query: ListAppointmentsDto, user: AuthenticatedUser): Promise<Page<AppointmentView>> {
    const unitCodes = await this.scope.listCodes(user, query.unitCode);
    return (await this.stores.appointments()).list({
      state: query.state,
      stage: query.stage,
      candidateId: query.candidateId,
      proposedBy: query.proposedBy,
      overdue: query.overdue,
      unitCodes,
      limit: query.limit,
      offset: query.offset,
    });
  }

  async get(id: string, user: AuthenticatedUser): Promise<AppointmentDetail> {
    const found = await this.readable(id, user);
    return { ...found, status: await this.workflows.status(id) };
  }

  // ── Commands ───────────────────────────────────────────────────────────────────────────────────────

  async grantException(id: string, dto: ReasonDto, user: AuthenticatedUser): Promise<AppointmentStatus> {
    await this.actionable(id, user);
    return this.answer(id, (h) =>
      h.executeUpdate(grantExceptionUpdate, { args: [{ actor: actorOf(user), reason: dto.reason }] }),
    );
  }

  async claim(
    id: string,
    taskKey: string,
    user: AuthenticatedUser,
    release = false,
  ): Promise<AppointmentStatus> {
    await this.actionable(id, user);
    const command = { actor: actorOf(user), taskKey };
    return this.answer(id, (h) =>
      h.executeUpdate(release ? unclaimTaskUpdate : claimTaskUpdate, { args: [command] }),
    );
  }

  async delegate(
    id: string,
    taskKey: string,
    dto: DelegateTaskDto,
    user: AuthenticatedUser,
  ): Promise<AppointmentStatus> {
    if (dto.validUntil < dto.validFrom)
      throw badRequest([{ field: 'validUntil', problem: 'must not be before validFrom' }]);
    await this.actionable(id, user);
    return this.answer(id, (h) =>
      h.executeUpdate(delegateTaskUpdate, {
        args: [
          {
            actor: actorOf(user),
            taskKey,
            toUserId: dto.toUserId,
            validFrom: dto.validFrom,
            validUntil: dto.validUntil,
            reason: dto.reason,
          },
        ],
      }),
    );
  }

  async decide(
    id: string,
    taskKey: string,
    dto: DecideTaskDto,
    user: AuthenticatedUser,
  ): Promise<AppointmentStatus> {
    if (dto.verdict !== 'approve' && !dto.comment?.trim())
      throw badRequest([
        { field: 'comment', problem: `is required to ${dto.verdict}: the reason goes back to HR` },
      ]);
    await this.actionable(id, user);
    return this.answer(id, (h) =>
      h.executeUpdate(decideTaskUpdate, {
        args: [
          {
            actor: actorOf(user),
            taskKey,
            verdict: dto.verdict,
            ...(dto.comment ? { comment: dto.comment } : {}),
          },
        ],
      }),
    );
  }

  async resubmit(id: string, dto: ResubmitDto, user: AuthenticatedUser): Promise<AppointmentStatus> {
    const problems: FieldProblem[] = [];
    const documents = await this.documentRefs(dto.documentIds ?? [], 'documentIds', problems);
    if (problems.length > 0) throw badRequest(problems);
    await this.actionable(id, user);
    return this.answer(id, (h) =>
      h.executeUpdate(resubmitUpdate, {
        args: [{ actor: actorOf(user), comment: dto.comment, ...(documents.length ? { documents } : {}) }],
      }),
    );
  }

  async withdraw(id: string, dto: ReasonDto, user: AuthenticatedUser): Promise<AppointmentStatus> {
    await this.actionable(id, user);
    return this.answer(id, (h) =>
      h.executeUpdate(withdrawAppointmentUpdate, { args: [{ actor: actorOf(user), reason: dto.reason }] }),
    );
  }

  async issueDecision(
    id: string,
    dto: IssueDecisionDto,
    user: AuthenticatedUser,
  ): Promise<AppointmentStatus> {
    await this.actionable(id, user);
    return this.answer(id, (h) =>
      h.executeUpdate(issueDecisionUpdate, {
        args: [{ actor: actorOf(user), number: dto.number, effectiveDate: dto.effectiveDate }],
      }),
    );
  }

  /** Approves each item with its own Update; one refusal never stops the others. */
  async bulkApprove(dto: BulkApproveDto, user: AuthenticatedUser): Promise<BulkApproveItemResult[]> {
    const results: BulkApproveItemResult[] = new Array(dto.items.length);
    let next = 0;
    const work = async () => {
      for (let i = next++; i < dto.items.length; i = next++) {
        const { appointmentId, taskKey } = dto.items[i];
        try {
          if (!parseAppointmentId(appointmentId))
            throw new NotFoundException(`No appointment ${appointmentId}`);
          await this.decide(appointmentId, taskKey, { verdict: 'approve', comment: dto.comment }, user);
          results[i] = { appointmentId, taskKey, ok: true };
        } catch (error) {
          if (!(error instanceof HttpException)) throw error;
          const body = error.getResponse() as { code?: string; message?: string };
          results[i] = {
            appointmentId,
            taskKey,
            ok: false,
            code: body.code ?? httpCode(error.getStatus()),
            message: typeof body.message === 'string' ? body.message : error.message,
          };
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(BULK_CONCURRENCY, dto.items.length) }, work));
    return results;
  }

  // ── Conferences ────────────────────────────────────────────────────────────────────────────────────

  async conference(id: string, index: number, user: AuthenticatedUser): Promise<ConferenceView> {
    await this.readable(id, user);
    const [status, bodies] = await Promise.all([this.workflows.status(id), this.bodiesOf(id)]);
    const step = status?.steps.find((s) => s.index === index);
    if (!status || !step) throw new NotFoundException(`No conference ${index} of ${id} (yet)`);
    const conferenceId = step.conferenceId || conferenceWorkflowId(id, index);
    const live = await this.workflows.conferenceStatus(conferenceId);
    const body = bodies?.[BODY_OF_STEP[step.kind]];
    return {
      id: conferenceId,
      appointmentId: id,
      stepIndex: index,
      kind: step.kind,
      summonedIds: body?.summonedIds ?? [],
      secretaryId: body?.secretaryId ?? '',
      headId: body?.headId ?? '',
      candidates: step.candidates,
      status:
        live ??
        (step.result
          ? { stage: 'closed', awaitingHead: [], result: step.result }
          : { stage: 'convened', awaitingHead: [] }),
    };
  }

  async attendance(
    id: string,
    index: number,
    dto: AttendanceDto,
    user: AuthenticatedUser,
  ): Promise<ConferenceStatus> {
    await this.actionable(id, user);
    return this.answer(conferenceWorkflowId(id, index), (h) =>
      h.executeUpdate(recordAttendanceUpdate, { args: [{ actorId: user.username, present: dto.present }] }),
    );
  }

  async tally(id: string, index: number, dto: TallyDto, user: AuthenticatedUser): Promise<ConferenceStatus> {
    await this.actionable(id, user);
    return this.answer(conferenceWorkflowId(id, index), (h) =>
      h.executeUpdate(submitTallyUpdate, {
        args: [
          {
            actorId: user.username,
            ballotsCast: dto.ballotsCast,
            votes: dto.votes.map((v) => ({ candidateId: v.candidateId, votes: v.votes })),
            sheetSha256: dto.sheetSha256,
          },
        ],
      }),
    );
  }

  async headDecision(
    id: string,
    index: number,
    dto: HeadDecisionDto,
    user: AuthenticatedUser,
  ): Promise<ConferenceStatus> {
    await this.actionable(id, user);
    return this.answer(conferenceWorkflowId(id, index), (h) =>
      h.executeUpdate(headDecisionUpdate, {
        args: [{ actorId: user.username, candidateId: dto.candidateId, approve: dto.approve }],
      }),
    );
  }

  // ── Helpers ────────────────────────────────────────────────────────────────────────────────────────

  /** The appointment with its timeline and tasks, or 404 when unknown or outside the user's scope. */
  private async readable(id: string, user: AuthenticatedUser) {
    assertAppointmentId(id);
    const found = await (await this.stores.appointments()).get(id, user.username);
    if (!found || !this.scope.includes(await this.scope.codes(user), found.unitCode))
      throw new NotFoundException(`No appointment ${id}`);
    return found;
  }

  /** Commands are scope-checked before anything reaches the workflow. */
  private async actionable(id: string, user: AuthenticatedUser): Promise<AppointmentView> {
    return this.readable(id, user);
  }

  private async bodiesOf(id: string): Promise<AppointmentBodies | null> {
    return this.workflows.memo<AppointmentBodies>(id, 'bodies');
  }

  private async documentRefs(ids: string[], field: string, problems: FieldProblem[]): Promise<DocumentRef[]> {
    if (ids.length === 0) return [];
    const metas = await (await this.stores.documents()).metas(ids);
    const refs: DocumentRef[] = [];
    ids.forEach((id, i) => {
      const meta = metas.find((m) => m.id === id);
      if (!meta) problems.push({ field: `${field}[${i}]`, problem: `names no stored document (${id})` });
      else
        refs.push({
          id: meta.id,
          kind: meta.kind,
          fileName: meta.fileName,
          contentType: meta.contentType,
          sizeBytes: meta.sizeBytes,
          sha256: meta.sha256,
        });
    });
    return refs;
  }

  /** Maps an Update's outcome to the HTTP answer: its result, the refusal's status with its code, or 504. */
  private async answer<T>(workflowId: string, send: (handle: WorkflowHandle) => Promise<T>): Promise<T> {
    let outcome: UpdateOutcome<T>;
    try {
      outcome = await this.workflows.update(workflowId, send);
    } catch (error) {
      if (classifyDependencyFailure(error)?.timedOut)
        throw new GatewayTimeoutException(
          `No worker confirmed the command within ${COMMAND_DEADLINE_MS / 1000} s. It may still be applied once a worker is back: ` +
            `check the appointment before sending it again.`,
        );
      throw error;
    }
    if (outcome.kind === 'accepted') return outcome.result;
    if (outcome.kind === 'refused') {
      const conference = workflowId.includes('/conference/');
      const status = conference
        ? outcome.code === 'invalid'
          ? 400
          : 409
        : (REFUSAL_STATUS[outcome.code] ?? 409);
      throw new HttpException(
        { statusCode: status, error: httpCode(status), message: outcome.message, code: outcome.code },
        status,
      );
    }
    throw new ConflictException({
      statusCode: 409,
      error: 'Conflict',
      message: `${workflowId} no longer runs; no more commands are taken`,
      code: 'finished',
    });
  }

  private async awaitFirstStep(id: string, user: AuthenticatedUser): Promise<AppointmentView | undefined> {
    const queries = await this.stores.appointments();
    const deadline = Date.now() + FIRST_STEP_VISIBLE_WAIT_MS;
    for (let delay = 10; ; delay = Math.min(delay * 2, 200)) {
      const found = await queries.get(id, user.username);
      if (found) {
        const { timeline: _timeline, tasks: _tasks, ...view } = found;
        return view;
      }
      if (Date.now() + delay > deadline) return undefined;
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}

export function assertAppointmentId(id: string): void {
  if (!parseAppointmentId(id))
    throw badRequest([{ field: 'id', problem: 'must look like appointment/<postId>/<n>' }]);
}

function plainBody(body: ConferenceBody): ConferenceBody {
  return { summonedIds: [...body.summonedIds], secretaryId: body.secretaryId, headId: body.headId };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function httpCode(status: number): string {
  return (
    { 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict', 504: 'Gateway Timeout' }[
      status
    ] ?? 'Error'
  );
}

/** What a 201 answers when no worker recorded the first step in time: the procedure is durable anyway. */
function pendingView(id: string, input: AppointmentInput): AppointmentView {
  return {
    id,
    candidateIds: input.candidateIds,
    candidateNames: input.candidateIds.map(() => null),
    postId: input.postId,
    postTitle: null,
    unitCode: input.unitCode,
    unitName: null,
    source: input.source,
    legalBasis: input.legalBasis,
    state: 'in_progress',
    stage: 'eligibility_check',
    round: 1,
    appointee: null,
    decisionNumber: null,
    effectiveDate: null,
    termLastDay: null,
    procedureDueAt: null,
    overdue: false,
    exceptionGranted: false,
    proposedBy: input.proposedBy,
    proposedAt: input.proposedAt,
    updatedAt: input.proposedAt,
  };
}
