import { ConflictException, Inject, Injectable } from '@nestjs/common';
import {
  formatAppointmentId,
  WorkflowTypes,
  type AppointmentInput,
  type AppointmentTiming,
  type AppointmentView,
  type AuthenticatedUser,
  type ConferenceBody,
  type ResolvedStartAppointmentRequest,
  type StartAppointmentRequest,
  type StartedAppointmentView,
} from '@personnel/contracts';
import type { ApiConfig } from '@personnel/config';
import {
  appointmentViewOfFirstStep,
  cadreStatuses,
  cadreUnitCodes,
  findPostForStart,
  RegistryNotFoundError,
  unitAndAncestorCodes,
  type PostForStart,
} from '@personnel/persistence';
import { defaultLegalBasis, ruleParameters } from '@personnel/domain';
import { badRequest } from '../http/validation.pipe';
import { DatabaseProvider } from '../infrastructure/database.provider';
import { API_CONFIG } from '../infrastructure/tokens';
import { todayInVietnam } from '../registry/common/today';
import { AppointmentStores } from './appointment-stores';
import { ProcedureWorkflowsGateway } from '../procedures/procedure-workflows.gateway';
import { documentRefs } from './document-refs';
import type { StartAppointmentDto } from './dto/appointment.dto';
import {
  checkDirectory,
  checkSeparationOfDuties,
  checkStartShape,
  namedUsers,
  partyDirectory,
  type FieldProblem,
  type NamedUser,
} from './start-checks';
import { UnitScope } from '../procedures/unit-scope';
import { RegistryProvider } from '../registry/common/registry.provider';
import { resolveStartParties, type StartPartyLookups } from './start-parties';

const MAX_ID_ATTEMPTS = 20;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Reminder before a task is due, and a conference's deadline, unless the request's timing says otherwise. */
export const DEFAULT_REMINDER_WORKING_DAYS = 2;
export const DEFAULT_CONFERENCE_DEADLINE_MS = 30 * DAY_MS;

/**
 * HR proposes: the request is checked against the registry and the user directory (each bad field named),
 * the post must lie in the proposer's unit scope, and the workflow starts under the post's next free number.
 */
@Injectable()
export class AppointmentStartService {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly database: DatabaseProvider,
    private readonly stores: AppointmentStores,
    private readonly workflows: ProcedureWorkflowsGateway,
    private readonly scope: UnitScope,
    private readonly registry: RegistryProvider,
  ) {}

  async start(
    dto: StartAppointmentDto,
    proposer: AuthenticatedUser,
    now = new Date(),
  ): Promise<StartedAppointmentView> {
    const timingAllowed = this.config.appointmentTimingOverrides === true;
    const problems: FieldProblem[] = [];
    const post = await this.checkPost(dto, problems);
    // Standing bodies and the post's template become members and a chain before anything is checked.
    const { request, sources } = await resolveStartParties(dto, await this.partyLookups(post), problems);
    // A body whose standing body was refused is named once, by standingBodyIds.<name>, not again as missing.
    const refusedBodies = new Set(problems.map((p) => p.field.replace(/^standingBodyIds\./, '')));
    problems.push(...checkStartShape(request, timingAllowed).filter((p) => !refusedBodies.has(p.field)));
    if (problems.length > 0) throw badRequest(problems);

    await this.checkCandidates(request, problems);
    await this.checkNamedUsers(request, proposer, post, problems);
    const documents = await documentRefs(
      await this.stores.documents(),
      request.documentIds ?? [],
      'documentIds',
      problems,
    );
    if (!post || problems.length > 0) throw badRequest(problems);
    await this.scope.assertActionable(proposer, post.unit_code, `Post ${post.code}`);
    // One holder per head post: a second procedure for it would decide against the first.
    if (post.single_holder && post.being_filled_by)
      throw new ConflictException({
        statusCode: 409,
        error: 'Conflict',
        code: 'post_being_filled',
        params: { postCode: post.code, workflowId: post.being_filled_by },
        message: `Post ${post.code} is already being filled by ${post.being_filled_by}: withdraw that procedure, or wait for its decision`,
      });

    const input = appointmentInput(request, post, proposer, documents, now);
    const queries = await this.stores.appointments();
    // The names the 201 shows, read while the workflow records the proposal (they do not depend on it).
    const names = queries.proposalNames(input);
    names.catch(() => undefined);
    let sequence = await queries.nextSequence(request.postId);
    for (let attempt = 0; attempt < MAX_ID_ATTEMPTS; attempt++, sequence++) {
      const id = formatAppointmentId({ postId: request.postId, sequence });
      const outcome = await this.workflows.startRecorded({
        workflowType: WorkflowTypes.appointment,
        workflowId: id,
        input,
        identity: {
          kind: 'appointment',
          candidateIds: input.candidateIds,
          unitCode: input.unitCode,
          postId: input.postId,
          legalBasis: input.legalBasis,
          stage: 'eligibility_check',
          at: input.proposedAt,
        },
        memo: {
          candidateIds: input.candidateIds,
          postId: input.postId,
          unitCode: input.unitCode,
          proposedBy: input.proposedBy,
          bodies: {
            collective: input.collective,
            expandedConference: input.expandedConference,
            keyCadreConference: input.keyCadreConference,
            homeUnitConference: input.homeUnitConference,
          },
          // Which registry groups the members and the chain were copied from, at which version.
          standingBodies: sources.standingBodies,
          signOffTemplate: sources.signOffTemplate,
        },
      });
      if (outcome.started) {
        // The workflow answered the row its proposal step wrote: no read of the procedure back. A run
        // that could not say so in 3 s (no worker yet) is durable anyway: the answer comes from the input.
        const shown = outcome.firstStep
          ? appointmentViewOfFirstStep(id, outcome.firstStep, await names)
          : pendingView(id, input);
        // Said at the start: the decision that fills a held post ends the holder's assignment.
        return { ...shown, incumbent: post.single_holder ? post.holder : null };
      }
    }
    throw new ConflictException(
      `Could not allocate an appointment id for ${request.postId}: too many procedures are being started at once; retry`,
    );
  }

  private async partyLookups(post: PostForStart | undefined): Promise<StartPartyLookups> {
    const registry = await this.registry.get();
    const body: StartPartyLookups['body'] = (idOrCode) =>
      registry.standingBodies.get(idOrCode).catch((error: unknown) => {
        if (error instanceof RegistryNotFoundError) return undefined;
        throw error;
      });
    if (!post) return { body, post: null };
    const connection = await this.database.connection();
    return {
      body,
      post: {
        units: new Set(await unitAndAncestorCodes(connection, post.unit_code)),
        template: await registry.signOffTemplates.forPost(post.code),
      },
    };
  }

  private async checkPost(
    request: StartAppointmentRequest,
    problems: FieldProblem[],
  ): Promise<PostForStart | undefined> {
    const post = await findPostForStart(await this.database.connection(), request.postId);
    if (!post)
      problems.push({
        field: 'postId',
        problem: `names no post of the registry (${request.postId})`,
        code: 'unknown_post',
        params: { post: request.postId },
      });
    else if (!post.active)
      problems.push({
        field: 'postId',
        problem: `names an inactive post (${request.postId})`,
        code: 'inactive_post',
        params: { post: request.postId },
      });
    return post;
  }

  private async checkCandidates(
    request: ResolvedStartAppointmentRequest,
    problems: FieldProblem[],
  ): Promise<void> {
    const cadres = await cadreStatuses(await this.database.connection(), request.candidateIds);
    request.candidateIds.forEach((id, i) => {
      const cadre = cadres.find((c) => c.code === id);
      if (!cadre)
        problems.push({
          field: `candidateIds[${i}]`,
          problem: `names no cadre of the registry (${id})`,
          code: 'unknown_cadre',
          params: { cadre: id },
        });
      else if (cadre.status !== 'active')
        problems.push({
          field: `candidateIds[${i}]`,
          problem: `names a cadre who is ${cadre.status} (${id})`,
          code: 'cadre_not_active',
          params: { cadre: id, status: cadre.status },
        });
    });
  }

  /**
   * Everyone named must be an active user who can act in the post's unit; neither the proposer nor a
   * candidate may judge the case. An outside candidate's consultation is held by the candidate's own
   * unit (NĐ 138/2020, art. 44): its body must also reach the unit the candidate serves in.
   */
  private async checkNamedUsers(
    request: ResolvedStartAppointmentRequest,
    proposer: AuthenticatedUser,
    post: PostForStart | undefined,
    problems: FieldProblem[],
  ): Promise<void> {
    const named = namedUsers(request);
    const connection = await this.database.connection();
    const postUnits = post ? [post.unit_code] : [];
    const homeUnits =
      request.source === 'outside' && request.candidateIds.length === 1
        ? ((await cadreUnitCodes(connection, request.candidateIds[0])) ?? []).slice(0, 1)
        : [];
    const isHomeBody = (n: NamedUser) => n.field.startsWith('homeUnitConference.');
    const candidateUsers = await checkDirectory(
      await partyDirectory(connection, postUnits),
      named.filter((n) => !isHomeBody(n)),
      request.candidateIds,
      problems,
    );
    const homeCandidateUsers = await checkDirectory(
      await partyDirectory(connection, [...postUnits, ...homeUnits]),
      named.filter(isHomeBody),
      request.candidateIds,
      problems,
    );
    if (proposer.cadreId && request.candidateIds.includes(proposer.cadreId))
      problems.push({
        field: 'candidateIds',
        problem: `names the proposer's own cadre (${proposer.cadreId})`,
        code: 'proposer_candidate',
        params: { cadre: proposer.cadreId },
      });
    problems.push(
      ...checkSeparationOfDuties(
        named,
        proposer.username,
        new Map([...candidateUsers, ...homeCandidateUsers]),
      ),
    );
  }
}

function appointmentInput(
  request: ResolvedStartAppointmentRequest,
  post: PostForStart,
  proposer: AuthenticatedUser,
  documents: AppointmentInput['documents'],
  now: Date,
): AppointmentInput {
  const legalBasis = request.legalBasis ?? defaultLegalBasis('appointment', todayInVietnam(now));
  const parameters = ruleParameters(legalBasis);
  const timing: AppointmentTiming = {
    taskWorkingDays: parameters.policyApprovalWorkingDays.value,
    procedureWorkingDays: parameters.procedureWorkingDays.value,
    reminderWorkingDays: DEFAULT_REMINDER_WORKING_DAYS,
    conferenceDeadlineMs: DEFAULT_CONFERENCE_DEADLINE_MS,
    ...stripUndefined(request.timing ?? {}),
  };
  return {
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
}

function plainBody(body: ConferenceBody): ConferenceBody {
  return { summonedIds: [...body.summonedIds], secretaryId: body.secretaryId, headId: body.headId };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
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
