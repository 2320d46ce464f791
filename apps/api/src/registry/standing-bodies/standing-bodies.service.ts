import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser, StandingBodyMember, StandingBodyView } from '@personnel/contracts';
import { standingBodyProblems, type StandingBodyProblem } from '@personnel/domain';
import { badRequest } from '../../http/validation.pipe';
import { DatabaseProvider } from '../../infrastructure/database.provider';
import { checkDirectory, partyDirectory, type FieldProblem } from '../../procedures/party-checks';
import { UnitScope } from '../../procedures/unit-scope';
import { RegistryProvider } from '../common/registry.provider';
import type {
  CreateStandingBodyDto,
  ListStandingBodiesQueryDto,
  UpdateStandingBodyDto,
} from './standing-bodies.dto';

const PROBLEM_TEXT: Record<StandingBodyProblem['code'], string> = {
  no_members: 'must name at least one member',
  repeated_member: 'names a member twice',
  no_head: 'must name one head (role head)',
  several_heads: 'must name only one head',
  no_secretary: 'must name one secretary (role secretary)',
  several_secretaries: 'must name only one secretary',
};

/**
 * Standing bodies: anyone signed in reads those of their unit scope; HR (or admin) of the body's unit
 * writes them. Members must be a composition a conference accepts (libs/domain) of active users who
 * can act in the body's unit, so a procedure that copies the body never waits for someone who cannot act.
 */
@Injectable()
export class StandingBodiesService {
  constructor(
    private readonly registry: RegistryProvider,
    private readonly database: DatabaseProvider,
    private readonly scope: UnitScope,
  ) {}

  private async bodies() {
    return (await this.registry.get()).standingBodies;
  }

  async list(query: ListStandingBodiesQueryDto, user: AuthenticatedUser): Promise<StandingBodyView[]> {
    const unitCodes = await this.scope.listCodes(user, query.unitCode);
    return (await this.bodies()).list({ unitCodes, kind: query.kind, active: query.active });
  }

  async get(idOrCode: string, user: AuthenticatedUser): Promise<StandingBodyView> {
    const body = await (await this.bodies()).get(idOrCode);
    await this.scope.assertReadable(user, body.unitCode, `standing body ${idOrCode}`);
    return body;
  }

  async create(dto: CreateStandingBodyDto, user: AuthenticatedUser): Promise<StandingBodyView> {
    await this.scope.assertActionable(user, dto.unitCode, `Standing body ${dto.code}`);
    await this.checkMembers(dto.unitCode, dto.members);
    return (await this.bodies()).create({ ...dto, name: dto.name.normalize('NFC') });
  }

  async replace(
    idOrCode: string,
    dto: UpdateStandingBodyDto,
    user: AuthenticatedUser,
  ): Promise<StandingBodyView> {
    const current = await this.get(idOrCode, user);
    await this.scope.assertActionable(user, current.unitCode, `Standing body ${current.code}`);
    await this.checkMembers(current.unitCode, dto.members);
    const { version, ...changes } = dto;
    return (await this.bodies()).replace(current.id, version, {
      ...changes,
      name: changes.name.normalize('NFC'),
    });
  }

  private async checkMembers(unitCode: string, members: readonly StandingBodyMember[]): Promise<void> {
    const problems: FieldProblem[] = standingBodyProblems(members).map((p): FieldProblem => ({
      field: p.field,
      problem: PROBLEM_TEXT[p.code],
      code: p.code,
      params: p.code === 'repeated_member' ? { user: p.userId } : {},
    }));
    const connection = await this.database.connection();
    const unitExists = await (await this.registry.get()).units.get(unitCode).then(
      () => true,
      () => false,
    );
    if (!unitExists)
      problems.push({
        field: 'unitCode',
        problem: `names no unit of the registry (${unitCode})`,
        code: 'unknown_unit',
        params: { unit: unitCode },
      });
    else
      await checkDirectory(
        await partyDirectory(connection, [unitCode]),
        members.map((m, i) => ({ field: `members[${i}].userId`, userId: m.userId })),
        [],
        problems,
      );
    if (problems.length > 0) throw badRequest(problems);
  }
}
