import type { FieldProblemCode, FieldProblemParams } from '@personnel/contracts';

/** The values of one field problem, as the API sent them beside its code (registry codes, user ids, numbers). */
export type FieldProblemValues = Readonly<FieldProblemParams>;
type Value = FieldProblemValues[string] | undefined;

/**
 * How a field problem writes its values in the user's language: cadres, posts, units, people and
 * standing bodies by name (the code until the name is known), dates dd/mm/yyyy, numbers with the
 * language's marks, another field by the label the form gives it.
 */
export interface FieldProblemWords {
  cadre(value: Value): string;
  post(value: Value): string;
  unit(value: Value): string;
  user(value: Value): string;
  /** A standing body: its name when the API or the form has it, else its code. */
  body(code: Value, name?: Value): string;
  course(value: Value): string;
  num(value: Value): string;
  date(value: Value): string;
  /** A list of values (the values a field takes), each as it is. */
  list(value: Value): string;
  /** Another field of the form (`signOff[0].key`), by its label. */
  field(value: Value): string;
  /** A cadre's status (retired…) in words. */
  status(value: Value): string;
  /** Roles (approver, leader…) in words, joined by `or`. */
  roles(value: Value, or: string): string;
  /** A decision's choice (approve, reject…) in words. */
  choice(value: Value): string;
  /** A document kind (cv, assessment…) in words. */
  kind(value: Value): string;
  text(value: Value): string;
}

export type FieldProblemSentence = (p: FieldProblemValues, w: FieldProblemWords) => string;

/** One sentence per code: the type keeps it whole, so a new code fails the build until both languages write it. */
export type FieldProblemSentences = Record<FieldProblemCode, FieldProblemSentence>;

/** The params of a field problem that name each kind of record, whose names the panel looks up. */
export const FIELD_PROBLEM_NAMED = {
  cadre: ['cadre'],
  post: ['post', 'current'],
  unit: ['unit', 'userUnit', 'postUnit'],
  user: ['user'],
} as const;
