/**
 * Part of every reasoned command's contract (a leader's exception to eligibility or to an incomplete
 * dossier, a withdrawal, an early end): the journal keeps the reason for the inspection that reads it
 * later, so a reason says something, at least this many characters. The workflows refuse a shorter one;
 * the panel's forms say so before sending.
 */
export const MIN_COMMAND_REASON = 20;
