import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser, FieldProblemDetail, RotationPlan } from '@personnel/contracts';
import { loadPlannerFacts, unitSubtreeCodes } from '@personnel/persistence';
import { planRotations } from '@personnel/planner';
import { badRequest } from '../http/validation.pipe';
import { DatabaseProvider } from '../infrastructure/database.provider';
import { UnitScope } from '../procedures/unit-scope';
import { todayInVietnam } from '../registry/common/today';
import type { RotationPlanRequestDto } from './rotation-plan.dto';

/**
 * A dry run: the registry's facts for the units asked (inside the caller's unit scope), planned by
 * libs/planner. Nothing is written or started; HR turns an accepted plan into a rotation batch.
 */
@Injectable()
export class RotationPlansService {
  constructor(
    private readonly database: DatabaseProvider,
    private readonly unitScope: UnitScope,
  ) {}

  async plan(user: AuthenticatedUser, body: RotationPlanRequestDto, now = new Date()): Promise<RotationPlan> {
    const asOf = body.asOf ?? todayInVietnam(now);
    const dataSource = await this.database.connection();
    const units = await this.unitCodes(user, body.unitCodes);
    const facts = await loadPlannerFacts(dataSource, units, asOf);
    return planRotations(facts, {
      ...(body.months !== undefined ? { months: body.months } : {}),
      ...(body.targets !== undefined ? { targets: body.targets } : {}),
    });
  }

  /** The requested units' subtrees, each of which must exist and lie in scope; null = everything. */
  private async unitCodes(user: AuthenticatedUser, requested?: string[]): Promise<string[] | null> {
    const scope = await this.unitScope.codes(user);
    if (!requested) return scope === null ? null : [...scope];
    const dataSource = await this.database.connection();
    const codes = new Set<string>();
    const problems: FieldProblemDetail[] = [];
    for (const [i, code] of requested.entries()) {
      const subtree = await unitSubtreeCodes(dataSource, code);
      if (subtree.length === 0)
        problems.push({
          field: `unitCodes[${i}]`,
          problem: `no unit ${code}`,
          code: 'unknown_unit',
          params: { unit: code },
        });
      for (const c of subtree) codes.add(c);
    }
    if (problems.length > 0) throw badRequest(problems);
    for (const code of requested) await this.unitScope.assertActionable(user, code, `Unit ${code}`);
    return [...codes].filter((c) => this.unitScope.includes(scope, c));
  }
}
