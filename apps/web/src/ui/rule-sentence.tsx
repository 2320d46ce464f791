import { useEffect, useMemo, useState } from 'react';
import type { RuleCheck, SentenceParam } from '@personnel/contracts';
import { formatDate } from '../format/dates';
import { useI18n, type Locale } from '../i18n/i18n';
import { ruleSentencesEn } from '../i18n/rule-sentences.en';
import { ruleSentencesVi } from '../i18n/rule-sentences.vi';
import type { RuleSentences, RuleWords } from '../i18n/rule-words';
import type { Messages } from '../i18n/vi';
import { useNameCache } from './names';

type NameKind = 'cadre' | 'post' | 'unit' | 'locality';
type Check = Pick<RuleCheck, 'detail' | 'code' | 'params'>;

const SENTENCES: Record<Locale, RuleSentences> = { vi: ruleSentencesVi, en: ruleSentencesEn };

/** Which params of a sentence name something the registry knows by a code. */
const NAMED_PARAMS: Record<string, NameKind> = {
  postCode: 'post',
  heldPostCode: 'post',
  plannedPostCode: 'post',
  fromPostCode: 'post',
  toPostCode: 'post',
  postCodes: 'post',
  unitCode: 'unit',
  fromUnitCode: 'unit',
  toUnitCode: 'unit',
  unitLocality: 'locality',
  hometownLocality: 'locality',
  holders: 'cadre',
};

const asText = (v: SentenceParam | undefined): string => (v === undefined || v === null ? '' : String(v));
const asList = (v: SentenceParam | undefined): string[] =>
  Array.isArray(v) ? v : v === undefined || v === null || v === '' ? [] : [String(v)];

/** The words a sentence writes its values with, in the user's language; `name` knows registry names. */
export function ruleWords(
  locale: Locale,
  t: Messages,
  name: (kind: NameKind, code: string) => string | undefined,
): RuleWords {
  const numberLocale = locale === 'vi' ? 'vi-VN' : 'en-GB';
  const num = (v: SentenceParam | undefined) =>
    typeof v === 'number' ? v.toLocaleString(numberLocale) : asText(v);
  const join = (items: string[]) =>
    new Intl.ListFormat(locale === 'vi' ? 'vi' : 'en-GB', { type: 'conjunction' }).format(items);
  const named = (kind: NameKind) => (v: SentenceParam | undefined) => {
    const code = asText(v);
    return name(kind, code) ?? code;
  };
  const label = (table: Record<string, string>) => (v: SentenceParam | undefined) =>
    table[asText(v)] ?? asText(v);
  return {
    date: (v) => formatDate(asText(v)),
    num,
    months: (v) => {
      const total = typeof v === 'number' ? v : Number(v);
      if (!Number.isFinite(total)) return asText(v);
      const years = Math.floor(total / 12);
      const months = total % 12;
      return locale === 'vi'
        ? [years ? `${num(years)} năm` : '', months || !years ? `${num(months)} tháng` : '']
            .filter(Boolean)
            .join(' ')
        : [
            years ? `${num(years)} year${years === 1 ? '' : 's'}` : '',
            months || !years ? `${num(months)} month${months === 1 ? '' : 's'}` : '',
          ]
            .filter(Boolean)
            .join(' ');
    },
    list: (v) => join(asList(v)),
    level: label(t.plan.levels),
    education: label(t.education),
    politicalTheory: label(t.politicalTheory),
    stateManagement: label(t.stateManagement),
    status: label(t.cadreStatus),
    form: label(t.disciplineForm),
    post: named('post'),
    posts: (v) => join(asList(v).map(named('post'))),
    unit: named('unit'),
    locality: named('locality'),
    cadres: (v) => join(asList(v).map(named('cadre'))),
  };
}

/**
 * A check's outcome in the user's language, from its code and params; a check recorded before codes
 * existed (or a code this panel does not know yet) keeps the server's English detail, marked as such.
 */
export function checkSentence(
  check: Check,
  locale: Locale,
  words: RuleWords,
): { text: string; english: boolean } {
  const sentence = check.code ? SENTENCES[locale][check.code as keyof RuleSentences] : undefined;
  if (!sentence) return { text: check.detail, english: true };
  return { text: sentence(check.params ?? {}, words), english: false };
}

/**
 * The words for these checks, with the registry names of the posts, units, localities and cadres
 * their params name: asked once each from the shared name cache, the sentences re-written as they
 * arrive (codes until then).
 */
export function useRuleWords(checks: readonly Check[]): RuleWords {
  const { locale, t } = useI18n();
  const cache = useNameCache();
  const [version, setVersion] = useState(0);
  const wanted = useMemo(() => {
    const found = new Map<string, { kind: NameKind; code: string }>();
    for (const check of checks)
      for (const [key, value] of Object.entries(check.params ?? {})) {
        const kind = NAMED_PARAMS[key];
        if (kind) for (const code of asList(value)) found.set(`${kind}:${code}`, { kind, code });
      }
    return [...found.values()];
  }, [checks]);
  useEffect(() => {
    if (!cache) return undefined;
    let live = true;
    const missing = wanted.filter((w) => cache.peek(w.kind, w.code) === undefined);
    if (missing.length === 0) return undefined;
    void Promise.all(missing.map((w) => cache.get(w.kind, w.code))).then(() => {
      if (live) setVersion((v) => v + 1);
    });
    return () => {
      live = false;
    };
  }, [cache, wanted]);
  return useMemo(
    () => ruleWords(locale, t, (kind, code) => cache?.peek(kind, code)),
    // `version` re-reads the cache once names arrived.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [locale, t, cache, version],
  );
}

/** One check's outcome as a sentence in the user's language (the English detail, marked, if it has no code). */
export function RuleDetail({ check, words }: { check: Check; words: RuleWords }) {
  const { locale } = useI18n();
  const { text, english } = checkSentence(check, locale, words);
  return english ? <span lang="en">{text}</span> : <>{text}</>;
}
