import { Injectable, NotFoundException } from '@nestjs/common';
import type {
  AuthenticatedUser,
  TrainingClassList,
  TrainingClassPage,
  TrainingGaps,
} from '@personnel/contracts';
import { trainingGaps } from '@personnel/domain';
import { ProcedureAccess } from '../procedures/procedure-access';
import { CadreAccess } from '../procedures/cadre-access';
import { UnitScope } from '../procedures/unit-scope';
import { todayInVietnam } from '../registry/common/today';
import type { ListTrainingClassesDto } from './dto/training-requests.dto';
import { TrainingStores } from './training-stores';

/** Classes as the user may see them (within the unit scope), and a cadre's gaps for their planned posts. */
@Injectable()
export class TrainingReadsService {
  constructor(
    private readonly stores: TrainingStores,
    private readonly scope: UnitScope,
    private readonly access: ProcedureAccess,
    private readonly cadres: CadreAccess,
  ) {}

  async list(query: ListTrainingClassesDto, user: AuthenticatedUser): Promise<TrainingClassList> {
    const unitCodes = await this.scope.listCodes(user, query.unitCode);
    const page = await (
      await this.stores.classes()
    ).list({
      courseCode: query.courseCode,
      state: query.state,
      stage: query.stage,
      unitCodes,
      limit: query.limit,
      offset: query.offset,
    });
    return { ...page, limit: query.limit, offset: query.offset };
  }

  async get(id: string, user: AuthenticatedUser): Promise<TrainingClassPage> {
    await this.access.scoped(id, user);
    const found = await (await this.stores.classes()).get(id);
    if (!found) throw new NotFoundException(`No training class ${id}`);
    return found;
  }

  /**
   * Per post the cadre is planned for today, what they still lack (the rules engine's post standards),
   * limited like the cadre timeline to posts of units in the reader's scope; an unknown cadre is a 404.
   */
  async gaps(cadreIdOrCode: string, user: AuthenticatedUser): Promise<TrainingGaps> {
    await this.cadres.assertReadable(user, cadreIdOrCode);
    const asOf = todayInVietnam();
    const facts = await this.stores.gapFacts(cadreIdOrCode, asOf);
    if (!facts) throw new NotFoundException(`No cadre ${cadreIdOrCode}`);
    const scope = await this.scope.codes(user);
    const posts = facts.posts.filter((p) => this.scope.includes(scope, p.unitCode));
    const unitOf = new Map(posts.map((p) => [p.postCode, p.unitCode]));
    return {
      cadreId: facts.cadre.cadreCode,
      asOf,
      posts: trainingGaps(facts.cadre, posts, asOf).map((gap) => ({
        postCode: gap.postCode,
        postTitle: facts.postTitles.get(gap.postCode) ?? null,
        unitName: facts.unitNames.get(unitOf.get(gap.postCode) ?? '') ?? null,
        term: gap.term,
        missingCourses: gap.missingCourseCodes.map((code) => ({
          code,
          title: facts.courseTitles.get(code) ?? null,
        })),
        unmet: gap.unmet,
      })),
    };
  }
}
