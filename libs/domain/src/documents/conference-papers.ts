import type { JournalStep } from '@personnel/contracts';
import type { FactReader } from './fact-reader';
import { num, record, records, str, strings } from './fact-reader';
import type { IssuingBody } from './issuing-body';
import { stepName } from './vietnamese-terms';
import { dayOf, shortDate } from './vietnamese-dates';

/**
 * What one conference step recorded, read from the procedure's `conference_*` rows and the child's own
 * journal (`convened`, `attendance`, `tally`, `closed`): who was summoned and present, the counts and the
 * sealed sheet's hash. Who voted what is never recorded, so no paper can print it.
 */
export interface ConferenceRecord {
  index: number;
  step: string | null;
  convenedAt: string | null;
  secretary: string | null;
  summoned: string[];
  present: string[] | null;
  attending: number | null;
  quorumMet: boolean | null;
  candidates: string[];
  ballot: 'approval' | 'confidence';
  ballotsCast: number | null;
  votes: { candidateId: string; votes: number }[];
  confidence: { candidateId: string; high: number; confidence: number; low: number; outcome: string }[];
  sheetSha256: string | null;
  talliedBy: string | null;
  talliedAt: string | null;
  headDecisions: { candidateId: string; approve: boolean }[];
  outcome: string | null;
  forward: string[];
  closedAt: string | null;
}

const lastOf = (steps: JournalStep[], kind: string): JournalStep | undefined =>
  [...steps].reverse().find((s) => s.kind === kind);

export function conferenceRecord(r: FactReader, index: number): ConferenceRecord {
  const own = r.steps.filter((s) => s.payload.index === index);
  const convenedStep = [...own].reverse().find((s) => s.kind === 'conference_convened');
  const closedStep = [...own].reverse().find((s) => s.kind === 'conference_closed');
  const child = r.conference(index);
  const convened = lastOf(child, 'convened');
  const attendance = lastOf(child, 'attendance');
  const tally = lastOf(child, 'tally');
  const closed = record(closedStep?.payload);
  const a = attendance?.payload ?? {};
  const t = tally?.payload ?? {};
  return {
    index,
    step: str(convenedStep?.payload.step) ?? str(closed.step),
    convenedAt: convened?.occurredAt ?? convenedStep?.occurredAt ?? null,
    secretary: convened?.actor ?? convenedStep?.actor ?? null,
    summoned: strings(convened?.payload.summoned),
    present: attendance ? strings(a.present) : null,
    attending: num(a.attending) ?? num(closed.attending),
    quorumMet: typeof a.quorumMet === 'boolean' ? a.quorumMet : null,
    candidates: strings(convened?.payload.candidates ?? convenedStep?.payload.candidates),
    ballot:
      str(convened?.payload.ballot) === 'confidence' || str(t.ballot) === 'confidence'
        ? 'confidence'
        : 'approval',
    ballotsCast: num(t.ballotsCast) ?? num(closed.ballotsCast),
    votes: records(t.votes ?? closed.votes).map((v) => ({
      candidateId: str(v.candidateId) ?? '…',
      votes: num(v.votes) ?? 0,
    })),
    confidence: records(t.confidence ?? closed.confidence).map((c) => ({
      candidateId: str(c.candidateId) ?? '…',
      high: num(c.high) ?? 0,
      confidence: num(c.confidence) ?? 0,
      low: num(c.low) ?? 0,
      outcome: str(c.outcome) ?? '…',
    })),
    sheetSha256: str(t.sheetSha256) ?? str(closed.sheetSha256),
    talliedBy: tally?.actor ?? null,
    talliedAt: tally?.occurredAt ?? null,
    headDecisions: child
      .filter((s) => s.kind === 'head_decision')
      .map((s) => ({ candidateId: str(s.payload.candidateId) ?? '…', approve: s.payload.approve === true })),
    outcome: str(closed.outcome),
    forward: strings(closed.forward),
    closedAt: closedStep?.occurredAt ?? null,
  };
}

/** The body holding a conference, as a sentence names it: the collective of the deciding committee. */
export function conferenceBody(issuer: IssuingBody): string {
  return issuer.nameInText;
}

/** A share as documents print it: "66,67%" (Vietnamese decimal comma), of the members summoned. */
export function percent(part: number, whole: number): string {
  if (whole <= 0) return '…';
  return `${((part * 100) / whole).toFixed(2).replace('.', ',')}%`;
}

/** "Căn cứ kết quả …" for each collective step the procedure closed as passed (a decision rests on them). */
export function collectiveBasis(r: FactReader): string[] {
  return r
    .all('conference_closed')
    .filter((s) => ['passed', 'top_two'].includes(str(s.payload.outcome) ?? ''))
    .map((s) => `Căn cứ kết quả ${stepName(str(s.payload.step))} ngày ${shortDate(dayOf(s.occurredAt))};`);
}
