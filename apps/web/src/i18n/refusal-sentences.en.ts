import type { RefusalSentences } from './refusal-words';

/** English: the refusals the panel writes itself, people by name (see refusal-words.ts). */
export const refusalSentencesEn: RefusalSentences = {
  conference_closed: () => 'The conference is closed; it takes no more commands.',
  not_secretary: (p, w) =>
    `Only the conference's secretary, ${w.user(p.secretaryId)}, records attendance and the tally.`,
  not_head: (p, w) => `Only the head of the collective, ${w.user(p.headId)}, decides a tie.`,
  attendance_recorded: () => 'Attendance is already recorded.',
  member_twice: (p, w) => `${w.user(p.memberId)} is listed twice.`,
  not_summoned: (p, w) => `${w.user(p.memberId)} was not summoned.`,
  attendance_first: () => 'Record attendance before the tally.',
  quorum_not_met: () => 'Fewer than 2/3 of those summoned attended; no vote can be taken.',
  tally_entered: () => 'The tally is already entered.',
  sheet_hash: () =>
    'The tally sheet was not read correctly (its SHA-256 is not valid): choose the file again.',
  ballots_cast: (p, w) =>
    `The ballots cast must be a whole number from 0 to the ${w.num(p.attending)} attending.`,
  approval_ballot: () => 'This conference takes an approval ballot: give the votes for each candidate.',
  confidence_ballot: () =>
    'This conference takes a confidence ballot: give high, confidence and low for each holder.',
  every_candidate: () => 'The tally must give the counts of every candidate, once.',
  votes_range: (p, w) =>
    `Votes for ${w.cadre(p.candidateId)} must be a whole number from 0 to the ${w.num(p.ballotsCast)} ballots cast.`,
  count_negative: (p, w) =>
    `The “${w.level(p.level)}” count for ${w.cadre(p.candidateId)} must be a whole number ≥ 0.`,
  counts_exceed: (p, w) =>
    `The three counts for ${w.cadre(p.candidateId)} (${w.num(p.sum)}) exceed the ${w.num(p.ballotsCast)} ballots cast.`,
  no_tie: (p, w) => `No tie is waiting for a decision on ${w.cadre(p.candidateId)}.`,
  reason_required: (p) =>
    p.command === 'reconvene' ? 'Say why the conference is convened again.' : 'Give a reason.',
  claimed_by_other: (p, w) =>
    p.claimedBy ? `${w.user(p.claimedBy)} has already claimed this task.` : undefined,
  conference_refused: () => 'The conference refused this command.',
};
