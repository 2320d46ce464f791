import type { HeadStandardsEntry, HeadStandardsReport } from '@personnel/contracts';
import { checkPostStandards } from '@personnel/domain';
import type { DateRange, HeadHoldingFacts } from '@personnel/persistence';
import { share } from './report-share';

/** A holding against every standard of its post, by the domain's standards rules, on its evaluation day. */
export function headStandardsEntry(h: HeadHoldingFacts): HeadStandardsEntry {
  const failed = checkPostStandards(h.cadre, h.post, h.evaluatedOn).filter((c) => !c.passed);
  return {
    ...h.holding,
    evaluatedOn: h.evaluatedOn,
    meetsStandards: failed.length === 0,
    failedChecks: failed.map((c) => c.rule),
  };
}

export function headStandardsReport(
  asOf: string,
  held: HeadHoldingFacts[],
  range: DateRange,
  begun: HeadHoldingFacts[],
): HeadStandardsReport {
  const holders = held.map(headStandardsEntry);
  const assignments = begun.map(headStandardsEntry);
  const meeting = holders.filter((e) => e.meetsStandards).length;
  const meetingOnDecision = assignments.filter((e) => e.meetsStandards).length;
  return {
    asOf,
    heads: holders.length,
    meeting,
    share: share(meeting, holders.length),
    holders,
    onDecisionDates: {
      ...range,
      decisions: assignments.length,
      meeting: meetingOnDecision,
      share: share(meetingOnDecision, assignments.length),
      assignments,
    },
  };
}
