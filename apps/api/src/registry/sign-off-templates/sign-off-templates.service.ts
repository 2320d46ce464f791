import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser, SignOffStepInput, SignOffTemplateView } from '@personnel/contracts';
import { badRequest } from '../../http/validation.pipe';
import { DatabaseProvider } from '../../infrastructure/database.provider';
import {
  checkDirectory,
  partyDirectory,
  type FieldProblem,
  type NamedUser,
} from '../../procedures/party-checks';
import { UnitScope } from '../../procedures/unit-scope';
import { RegistryProvider } from '../common/registry.provider';
import type {
  CreateSignOffTemplateDto,
  ListSignOffTemplatesQueryDto,
  UpdateSignOffTemplateDto,
} from './sign-off-templates.dto';

const plainSteps = (steps: readonly SignOffStepInput[]): SignOffStepInput[] =>
  steps.map((s) => ({
    key: s.key,
    label: s.label.trim(),
    assigneeIds: [...s.assigneeIds],
    ...(s.escalateToId ? { escalateToId: s.escalateToId } : {}),
  }));

/**
 * Sign-off templates: read within one's unit scope, written by HR (or admin) of the template's unit. Its
 * people are checked as a start checks them (active users who can act in the unit), so a start that
 * takes the template is refused for nothing the template says.
 */
@Injectable()
export class SignOffTemplatesService {
  constructor(
    private readonly registry: RegistryProvider,
    private readonly database: DatabaseProvider,
    private readonly scope: UnitScope,
  ) {}

  private async templates() {
    return (await this.registry.get()).signOffTemplates;
  }

  async list(query: ListSignOffTemplatesQueryDto, user: AuthenticatedUser): Promise<SignOffTemplateView[]> {
    return (await this.templates()).list({ unitCodes: await this.scope.listCodes(user, query.unitCode) });
  }

  async get(idOrCode: string, user: AuthenticatedUser): Promise<SignOffTemplateView> {
    const template = await (await this.templates()).get(idOrCode);
    await this.scope.assertReadable(user, template.unitCode, `sign-off template ${idOrCode}`);
    return template;
  }

  async create(dto: CreateSignOffTemplateDto, user: AuthenticatedUser): Promise<SignOffTemplateView> {
    await this.scope.assertActionable(user, dto.unitCode, `Sign-off template ${dto.code}`);
    const problems: FieldProblem[] = [];
    const postCode = dto.postCode ?? null;
    const postTitle = dto.postTitle?.trim() || null;
    if ((postCode === null) === (postTitle === null))
      problems.push({
        field: 'postCode',
        problem: 'or postTitle: name exactly one (a post, or a title)',
        code: 'post_or_title',
        params: {},
      });
    await this.checkParties(dto.unitCode, dto, problems);
    return (await this.templates()).create({
      code: dto.code,
      name: dto.name.normalize('NFC'),
      unitCode: dto.unitCode,
      postCode,
      postTitle: postTitle?.normalize('NFC') ?? null,
      signOffMode: dto.signOffMode,
      steps: plainSteps(dto.steps),
      signerId: dto.signerId,
    });
  }

  async replace(
    idOrCode: string,
    dto: UpdateSignOffTemplateDto,
    user: AuthenticatedUser,
  ): Promise<SignOffTemplateView> {
    const current = await this.get(idOrCode, user);
    await this.scope.assertActionable(user, current.unitCode, `Sign-off template ${current.code}`);
    await this.checkParties(current.unitCode, dto, []);
    return (await this.templates()).replace(current.id, dto.version, {
      name: dto.name.normalize('NFC'),
      signOffMode: dto.signOffMode,
      steps: plainSteps(dto.steps),
      signerId: dto.signerId,
      active: dto.active,
    });
  }

  /** Unique step keys; every assignee, escalation and the signer an active user who can act in the unit. */
  private async checkParties(
    unitCode: string,
    dto: { steps: readonly SignOffStepInput[]; signerId: string },
    problems: FieldProblem[],
  ): Promise<void> {
    const named: NamedUser[] = [];
    dto.steps.forEach((step, i) => {
      const first = dto.steps.findIndex((s) => s.key === step.key);
      if (first !== i)
        problems.push({
          field: `steps[${i}].key`,
          problem: `repeats the key of steps[${first}]`,
          code: 'repeated_key',
          params: { first: `steps[${first}].key` },
        });
      step.assigneeIds.forEach((userId, j) => named.push({ field: `steps[${i}].assigneeIds[${j}]`, userId }));
      if (step.escalateToId) named.push({ field: `steps[${i}].escalateToId`, userId: step.escalateToId });
    });
    named.push({ field: 'signerId', userId: dto.signerId });
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
    else await checkDirectory(await partyDirectory(connection, [unitCode]), named, [], problems);
    if (problems.length > 0) throw badRequest(problems);
  }
}
