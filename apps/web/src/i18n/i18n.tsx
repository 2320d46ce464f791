import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './en';
import { vi, type Messages } from './vi';

export type Locale = 'vi' | 'en';
export const LOCALES: readonly Locale[] = ['vi', 'en'];
export const MESSAGES: Record<Locale, Messages> = { vi, en };
const STORAGE_KEY = 'personnel.locale';

export function initialLocale(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): Locale {
  try {
    const stored = storage?.getItem(STORAGE_KEY);
    return stored === 'en' || stored === 'vi' ? stored : 'vi';
  } catch {
    return 'vi';
  }
}

interface I18nValue {
  locale: Locale;
  t: Messages;
  setLocale(locale: Locale): void;
}

const I18nContext = createContext<I18nValue | null>(null);

/** Vietnamese by default; the choice is kept in localStorage and set as the document's lang. */
export function I18nProvider({ children, locale: forced }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => forced ?? initialLocale());
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }, []);
  const value = useMemo(() => ({ locale, t: MESSAGES[locale], setLocale }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The user's language where a provider may be absent (the API client's Accept-Language): else Vietnamese. */
export function useLocaleOr(fallback: Locale = 'vi'): Locale {
  return useContext(I18nContext)?.locale ?? fallback;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside <I18nProvider>');
  return value;
}
