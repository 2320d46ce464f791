import type { CadreStatus } from '@personnel/contracts';
import type { ApiLanguage } from './request-language';

/**
 * A cadre's status in words, as a sentence names it ("Cán bộ CB-1 đã nghỉ hưu"), in each language: one
 * table for the field problems and the registry's 409s, in the panel's words (its `cadreStatus`).
 */
export const CADRE_STATUS_WORDS: Record<ApiLanguage, Record<CadreStatus, string>> = {
  vi: { active: 'đang công tác', retired: 'đã nghỉ hưu', left: 'đã thôi việc', deceased: 'đã từ trần' },
  en: { active: 'active', retired: 'retired', left: 'no longer in service', deceased: 'deceased' },
};

/** The status a problem names (its `status` param) in words; one the table does not know as it came. */
export function cadreStatusWords(lang: ApiLanguage, status: unknown): string {
  const value = status === undefined || status === null ? '' : String(status);
  return Object.hasOwn(CADRE_STATUS_WORDS[lang], value)
    ? CADRE_STATUS_WORDS[lang][value as CadreStatus]
    : value;
}
