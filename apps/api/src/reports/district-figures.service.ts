import { Injectable } from '@nestjs/common';
import type { HeadStandardsReport, NonLocalHeadsReport, RotationReport } from '@personnel/contracts';
import {
  HeadHoldings,
  rotationMovesByYear,
  rotationReportFromMoves,
  type DateRange,
} from '@personnel/persistence';
import { DatabaseProvider } from '../infrastructure/database.provider';
import { headStandardsReport } from './head-standards-report';
import { nonLocalHeadsReport } from './non-local-heads-report';

/**
 * The figures the district publishes (rotations, non-local commune heads, heads meeting their
 * standards), each within a unit scope (undefined = the whole organisation).
 */
@Injectable()
export class DistrictFiguresService {
  constructor(private readonly database: DatabaseProvider) {}

  async rotations(range: DateRange, unitCodes?: string[]): Promise<RotationReport> {
    const moves = await rotationMovesByYear(await this.database.connection(), range, unitCodes);
    return rotationReportFromMoves(range, moves);
  }

  async nonLocalHeads(asOf: string, unitCodes?: string[]): Promise<NonLocalHeadsReport> {
    const holdings = new HeadHoldings(await this.database.connection());
    return nonLocalHeadsReport(
      asOf,
      await holdings.load({ heldOn: asOf, nonLocalPostsOnly: true }, unitCodes),
    );
  }

  async headStandards(asOf: string, range: DateRange, unitCodes?: string[]): Promise<HeadStandardsReport> {
    const holdings = new HeadHoldings(await this.database.connection());
    const held = await holdings.load({ heldOn: asOf }, unitCodes);
    const begun = await holdings.load({ startingIn: range }, unitCodes);
    return headStandardsReport(asOf, held, range, begun);
  }
}
