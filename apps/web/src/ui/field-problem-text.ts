import type { FieldProblemCode, FieldProblemDetail } from '@personnel/contracts';
import { formatDate } from '../format/dates';
import { useI18n, type Locale } from '../i18n/i18n';
import { fieldProblemSentencesEn } from '../i18n/field-problem-sentences.en';
import { fieldProblemSentencesVi } from '../i18n/field-problem-sentences.vi';
import {
  FIELD_PROBLEM_NAMED,
  type FieldProblemSentences,
  type FieldProblemValues,
  type FieldProblemWords,
} from '../i18n/field-problem-words';
import type { Messages } from '../i18n/vi';
import { useNames, useUserLabels } from './names';

const SENTENCES: Record<Locale, FieldProblemSentences> = {
  vi: fieldProblemSentencesVi,
  en: fieldProblemSentencesEn,
};

type Value = FieldProblemValues[string] | undefined;
const asText = (v: Value): string =>
  v === undefined || v === null ? '' : Array.isArray(v) ? v.join(', ') : String(v);

function knownCode(code: string | undefined): code is FieldProblemCode {
  return code !== undefined && Object.hasOwn(fieldProblemSentencesVi, code);
}

/**
 * One field problem in the user's language, from its code and params, its values written by `words`
 * (names, dates dd/mm/yyyy); the detail's own `problem` for a code the panel does not know (an older
 * or newer server), which the API wrote in the request's language where it could.
 */
export function fieldProblemText(
  detail: FieldProblemDetail,
  locale: Locale,
  words: FieldProblemWords,
): string {
  if (!knownCode(detail.code)) return detail.problem;
  return SENTENCES[locale][detail.code](detail.params ?? {}, words);
}

/** The ids of one kind the given details name (`cadre`, `post`…), for their names to be looked up. */
export function namedBy(details: readonly FieldProblemDetail[], keys: readonly string[]): string[] {
  return details.flatMap((d) =>
    keys.flatMap((key) => {
      const value = d.params?.[key];
      return typeof value === 'string' && value ? [value] : [];
    }),
  );
}

/**
 * What a form may say of its own values: another field's label, a standing body it picked, and the
 * names of the records and people it has at hand (its pickers' lists), before the name cache's.
 */
export interface FieldProblemContext {
  fieldLabel?: (field: string) => string;
  bodyName?: (code: string) => string | undefined;
  names?: Partial<
    Record<'cadre' | 'post' | 'unit' | 'user' | 'course', (code: string) => string | undefined>
  >;
}

/** The words of a field problem in the locale, with the names at hand. */
export function fieldProblemWords(
  t: Messages,
  locale: Locale,
  names: Pick<FieldProblemWords, 'cadre' | 'post' | 'unit' | 'user'>,
  context: FieldProblemContext = {},
): FieldProblemWords {
  const numberLocale = locale === 'vi' ? 'vi-VN' : 'en-GB';
  const statuses: Record<string, string> = t.cadreStatus;
  const kinds: Record<string, string> = t.proc.dossier.kinds;
  const choices: Record<string, string> = t.proc.outcomes;
  const roles: Record<string, string> = t.roles;
  return {
    ...names,
    body: (code, name) => (name ? asText(name) : (context.bodyName?.(asText(code)) ?? asText(code))),
    course: (v) => context.names?.course?.(asText(v)) ?? asText(v),
    num: (v) => (typeof v === 'number' ? v.toLocaleString(numberLocale) : asText(v)),
    date: (v) => formatDate(asText(v)),
    list: asText,
    field: (v) => context.fieldLabel?.(asText(v)) ?? asText(v),
    status: (v) => (statuses[asText(v)] ?? asText(v)).toLocaleLowerCase(locale),
    roles: (v, or) => (Array.isArray(v) ? v : [asText(v)]).map((r) => `“${roles[r] ?? r}”`).join(` ${or} `),
    choice: (v) => choices[asText(v)] ?? asText(v),
    kind: (v) => (kinds[asText(v)] ?? asText(v)).toLocaleLowerCase(locale),
    text: asText,
  };
}

/**
 * How a form writes the API's field problems: each in the user's language, the cadres, posts, units
 * and people the given details name by name (each code stands for itself until its name arrives).
 */
export function useFieldProblemText(
  details: readonly FieldProblemDetail[],
  context: FieldProblemContext = {},
): (detail: FieldProblemDetail) => string {
  const { locale, t } = useI18n();
  const cadre = useNames('cadre', namedBy(details, FIELD_PROBLEM_NAMED.cadre));
  const post = useNames('post', namedBy(details, FIELD_PROBLEM_NAMED.post));
  const unit = useNames('unit', namedBy(details, FIELD_PROBLEM_NAMED.unit));
  const user = useUserLabels(namedBy(details, FIELD_PROBLEM_NAMED.user));
  const known = context.names ?? {};
  const words = fieldProblemWords(
    t,
    locale,
    {
      cadre: (v) => known.cadre?.(asText(v)) ?? cadre(asText(v)),
      post: (v) => known.post?.(asText(v)) ?? post(asText(v)),
      unit: (v) => known.unit?.(asText(v)) ?? unit(asText(v)),
      // A person as everywhere else: "Trần Văn Tổ (U-TCNV-01)", the id alone until the name is known.
      user: (v) => {
        const name = known.user?.(asText(v));
        return name ? `${name} (${asText(v)})` : user(asText(v));
      },
    },
    context,
  );
  return (detail) => fieldProblemText(detail, locale, words);
}

/** A lookup of names by code from a list the form holds (its user picker's directory, a chosen post). */
export function namesFrom<T>(
  items: readonly (T | null | undefined)[],
  code: (item: T) => string,
  name: (item: T) => string | null | undefined,
): (code: string) => string | undefined {
  return (wanted) => {
    const found = items.find((item) => item != null && code(item) === wanted);
    return found != null ? (name(found) ?? undefined) : undefined;
  };
}
