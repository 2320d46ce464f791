import { ConflictException, Injectable, UnprocessableEntityException } from '@nestjs/common';
import type { AuthenticatedUser, CursorPage, PlanEntry } from '@personnel/contracts';
import { checkPlanCandidate, defaultLegalBasis } from '@personnel/domain';
import type { PlanningImportContext } from '@personnel/persistence';
import type {
  AssignmentView,
  CadreDetail,
  CadreView,
  DisciplineView,
  EvaluationView,
  PlanningEntryView,
  TrainingCompletionView,
} from '@personnel/contracts';
import { badRequest } from '../../http/validation.pipe';
import { changesOf } from '../common/paging.dto';
import { RegistryProvider } from '../common/registry.provider';
import { CadreAccess } from '../../procedures/cadre-access';
import { currentYear } from '../common/validators';
import type {
  CreateAssignmentDto,
  CreateDisciplineDto,
  CreateEvaluationDto,
  CreatePlanningEntryDto,
  CreateTrainingCompletionDto,
} from './cadre-records.dto';
import type {
  CreateCadreDto,
  DeactivateCadreQueryDto,
  ListCadresQueryDto,
  UpdateCadreDto,
} from './cadres.dto';

@Injectable()
export class CadresService {
  constructor(
    private readonly registry: RegistryProvider,
    private readonly access: CadreAccess,
  ) {}

  private async cadres() {
    return (await this.registry.get()).cadres;
  }

  /** The registry's cadres, once the user may read this one (else 404, as for no such cadre). */
  private async readable(user: AuthenticatedUser, idOrCode: string) {
    await this.access.assertReadable(user, idOrCode);
    return this.cadres();
  }

  async list(user: AuthenticatedUser, query: ListCadresQueryDto): Promise<CursorPage<CadreView>> {
    return (await this.cadres()).list({ ...query, ...(await this.access.filterFor(user)) });
  }

  async detail(user: AuthenticatedUser, idOrCode: string): Promise<CadreDetail> {
    return (await this.readable(user, idOrCode)).detail(idOrCode);
  }

  async create(body: CreateCadreDto): Promise<CadreView> {
    return (await this.cadres()).create({ ...body, ethnicity: body.ethnicity.trim() });
  }

  async update(user: AuthenticatedUser, idOrCode: string, body: UpdateCadreDto): Promise<CadreView> {
    const changes = changesOf(body);
    if (changes.ethnicity !== undefined) changes.ethnicity = changes.ethnicity.trim();
    return (await this.readable(user, idOrCode)).update(idOrCode, body.version, changes);
  }

  async deactivate(
    user: AuthenticatedUser,
    idOrCode: string,
    query: DeactivateCadreQueryDto,
  ): Promise<CadreView> {
    return (await this.readable(user, idOrCode)).deactivate(idOrCode, query.status);
  }

  async assignments(user: AuthenticatedUser, idOrCode: string): Promise<AssignmentView[]> {
    const cadres = await this.readable(user, idOrCode);
    const cadre = await cadres.get(idOrCode);
    return cadres.records.assignments(cadre.id);
  }

  async addAssignment(
    user: AuthenticatedUser,
    idOrCode: string,
    body: CreateAssignmentDto,
  ): Promise<AssignmentView> {
    return (await this.readable(user, idOrCode)).records.addAssignment(idOrCode, body);
  }

  async evaluations(user: AuthenticatedUser, idOrCode: string): Promise<EvaluationView[]> {
    const cadres = await this.readable(user, idOrCode);
    return cadres.records.evaluations((await cadres.get(idOrCode)).id);
  }

  async addEvaluation(
    user: AuthenticatedUser,
    idOrCode: string,
    body: CreateEvaluationDto,
  ): Promise<EvaluationView> {
    if (body.year > currentYear())
      throw badRequest([
        {
          field: 'year',
          problem: `year must not be after ${currentYear()}`,
          code: 'after_this_year',
          params: { year: currentYear() },
        },
      ]);
    return (await this.readable(user, idOrCode)).records.addEvaluation(idOrCode, body);
  }

  async disciplines(user: AuthenticatedUser, idOrCode: string): Promise<DisciplineView[]> {
    const cadres = await this.readable(user, idOrCode);
    return cadres.records.disciplines((await cadres.get(idOrCode)).id);
  }

  async addDiscipline(
    user: AuthenticatedUser,
    idOrCode: string,
    body: CreateDisciplineDto,
  ): Promise<DisciplineView> {
    return (await this.readable(user, idOrCode)).records.addDiscipline(idOrCode, {
      ...body,
      reason: body.reason.trim(),
    });
  }

  async trainingCompletions(user: AuthenticatedUser, idOrCode: string): Promise<TrainingCompletionView[]> {
    const cadres = await this.readable(user, idOrCode);
    return cadres.records.trainingCompletions((await cadres.get(idOrCode)).id);
  }

  async addTrainingCompletion(
    user: AuthenticatedUser,
    idOrCode: string,
    body: CreateTrainingCompletionDto,
  ): Promise<TrainingCompletionView> {
    return (await this.readable(user, idOrCode)).records.addTrainingCompletion(idOrCode, body);
  }

  async planningEntries(user: AuthenticatedUser, idOrCode: string): Promise<PlanningEntryView[]> {
    const cadres = await this.readable(user, idOrCode);
    return cadres.records.planningEntries((await cadres.get(idOrCode)).id);
  }

  async addPlanningEntry(
    user: AuthenticatedUser,
    idOrCode: string,
    body: CreatePlanningEntryDto,
  ): Promise<PlanningEntryView> {
    const [start, end] = body.term.split('-').map(Number);
    if (end <= start)
      throw badRequest([
        {
          field: 'term',
          problem: 'term must end after it starts, e.g. 2025-2030',
          code: 'term_backwards',
          params: {},
        },
      ]);
    return (await this.readable(user, idOrCode)).records.addPlanningEntry(idOrCode, body, (context) =>
      admitImportedEntry(body, context),
    );
  }
}

/**
 * An entry imported into the registry keeps the planning procedure's rules (libs/domain
 * `checkPlanCandidate`), counting what the registry holds for the post and the cadre, and says who
 * approved it; where a plan procedure covers the post for the term, its entries change there only.
 */
function admitImportedEntry(body: CreatePlanningEntryDto, context: PlanningImportContext): void {
  if (context.planId)
    throw new ConflictException(
      `The plan ${context.planId} covers post ${body.postCode} for ${body.term}: change its entries on its board`,
    );
  if (!context.cadre || !context.post) return; // the registry names what is missing (404/400) itself
  const entries: PlanEntry[] = context.candidates.map((c) => ({
    postCode: body.postCode,
    postLevel: c.postLevel,
    cadreId: c.cadreId,
    status: 'published',
    addedBy: 'registry',
    addedAt: body.fromDate,
    reason: null,
    removedBy: null,
    removedReason: null,
    publishedFrom: body.fromDate,
    publishedTo: null,
  }));
  const failed = checkPlanCandidate({
    term: body.term,
    legalBasis: defaultLegalBasis('planning', body.fromDate),
    asOf: body.fromDate,
    entries,
    cadre: context.cadre,
    post: context.post,
    appointmentId: context.appointmentId,
  }).filter((c) => !c.passed);
  if (failed.length > 0)
    throw new UnprocessableEntityException({
      statusCode: 422,
      error: 'Unprocessable Entity',
      message: failed.map((c) => `${c.rule}: ${c.detail} (${c.citation})`).join(' '),
      code: 'ineligible',
      params: { rules: failed.map((c) => c.rule) },
      checks: failed,
    });
}
