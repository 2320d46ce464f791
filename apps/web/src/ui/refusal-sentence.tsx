import { ApiError } from '../api/client';
import { useI18n, type Locale } from '../i18n/i18n';
import { refusalSentencesEn } from '../i18n/refusal-sentences.en';
import { refusalSentencesVi } from '../i18n/refusal-sentences.vi';
import {
  CADRE_REFUSAL_PARAMS,
  USER_REFUSAL_PARAMS,
  type PanelRefusalCode,
  type RefusalSentences,
  type RefusalValues,
  type RefusalWords,
} from '../i18n/refusal-words';
import { useNames, useUserLabels } from './names';

const SENTENCES: Record<Locale, RefusalSentences> = { vi: refusalSentencesVi, en: refusalSentencesEn };

const asText = (v: RefusalValues[string] | undefined): string =>
  v === undefined || v === null ? '' : String(v);

/** The ids the given params of a refusal name (one id or a list of them). */
export function idsNamedBy(params: RefusalValues, keys: readonly string[]): string[] {
  return keys.flatMap((key) => {
    const value = params[key];
    return Array.isArray(value) ? value : typeof value === 'string' && value ? [value] : [];
  });
}

function panelCode(code: string | undefined): code is PanelRefusalCode {
  return code !== undefined && Object.hasOwn(refusalSentencesVi, code);
}

/**
 * A refusal the panel writes itself (every conference refusal, a missing reason), in the user's
 * language, people and candidates by name (each id stands for itself until its name arrives); undefined
 * for any other error, which the API's own message describes.
 */
export function useRefusalSentence(error: unknown): string | undefined {
  const { locale, t } = useI18n();
  const body = error instanceof ApiError ? error.body : undefined;
  const params: RefusalValues = body?.params ?? {};
  const userLabel = useUserLabels(idsNamedBy(params, USER_REFUSAL_PARAMS));
  const cadreName = useNames('cadre', idsNamedBy(params, CADRE_REFUSAL_PARAMS));
  if (!panelCode(body?.code)) return undefined;
  const numberLocale = locale === 'vi' ? 'vi-VN' : 'en-GB';
  const levels: Record<string, string> = t.confidence.levels;
  const words: RefusalWords = {
    user: (v) => userLabel(asText(v)),
    cadre: (v) => cadreName(asText(v)),
    num: (v) => (typeof v === 'number' ? v.toLocaleString(numberLocale) : asText(v)),
    level: (v) => levels[asText(v)] ?? asText(v),
  };
  return SENTENCES[locale][body.code](params, words);
}
