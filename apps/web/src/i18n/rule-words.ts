import type { RuleSentenceCode, SentenceParam } from '@personnel/contracts';

/** The values of one rule sentence, as the rules engine gave them (ISO dates, codes, numbers). */
export type SentenceValues = Readonly<Record<string, SentenceParam | undefined>>;

/**
 * How a sentence writes its values in the user's language: dates dd/mm/yyyy, numbers with the
 * language's marks, levels and forms by name, posts, units and localities by name where known.
 */
export interface RuleWords {
  date(value: SentenceParam | undefined): string;
  num(value: SentenceParam | undefined): string;
  months(value: SentenceParam | undefined): string;
  list(value: SentenceParam | undefined): string;
  level(value: SentenceParam | undefined): string;
  education(value: SentenceParam | undefined): string;
  politicalTheory(value: SentenceParam | undefined): string;
  stateManagement(value: SentenceParam | undefined): string;
  status(value: SentenceParam | undefined): string;
  form(value: SentenceParam | undefined): string;
  post(value: SentenceParam | undefined): string;
  posts(value: SentenceParam | undefined): string;
  unit(value: SentenceParam | undefined): string;
  locality(value: SentenceParam | undefined): string;
  cadres(value: SentenceParam | undefined): string;
}

export type RuleSentence = (p: SentenceValues, w: RuleWords) => string;

/** One sentence per code the rules can say (libs/domain RULE_SENTENCE_CODES): the type keeps it whole. */
export type RuleSentences = Record<RuleSentenceCode, RuleSentence>;
