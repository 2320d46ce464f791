import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { I18nProvider, initialLocale, useI18n } from './i18n';
import { vi as vietnamese } from './vi';

type Tree = { [key: string]: unknown };

function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}()`];
  if (value && typeof value === 'object')
    return Object.entries(value as Tree).flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k));
  return [path];
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [];
  if (value && typeof value === 'object') return Object.values(value as Tree).flatMap(strings);
  return [];
}

describe('the dictionaries', () => {
  it('have the same keys, and functions in the same places, in both languages', () => {
    expect(shape(en).sort()).toEqual(shape(vietnamese).sort());
  });

  it('leave no text empty', () => {
    for (const text of [...strings(vietnamese), ...strings(en)]) expect(text.trim()).not.toBe('');
  });

  it('store Vietnamese in composed form (NFC), as the API and the seed do', () => {
    for (const text of strings(vietnamese)) expect(text).toBe(text.normalize('NFC'));
    expect(vietnamese.states.approved).toBe('Đã phê duyệt');
  });

  it('fill in values', () => {
    expect(vietnamese.inbox.count(3)).toBe('3 hồ sơ');
    expect(en.inbox.count(1)).toBe('1 nomination');
    expect(en.inbox.count(2)).toBe('2 nominations');
    expect(vietnamese.pagination.page(2, 5)).toBe('Trang 2 / 5');
    expect(vietnamese.decision.acceptedNext('U-BT-01')).toContain('U-BT-01');
  });
});

describe('the language switch', () => {
  function Probe() {
    const { t, locale, setLocale } = useI18n();
    return (
      <button type="button" onClick={() => setLocale(locale === 'vi' ? 'en' : 'vi')}>
        {t.auth.submit}
      </button>
    );
  }

  it('starts in Vietnamese, switches to English, keeps the choice and sets the document language', () => {
    expect(initialLocale(localStorage)).toBe('vi');
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByRole('button').textContent).toBe('Đăng nhập');
    expect(document.documentElement.lang).toBe('vi');
    act(() => screen.getByRole('button').click());
    expect(screen.getByRole('button').textContent).toBe('Sign in');
    expect(document.documentElement.lang).toBe('en');
    expect(initialLocale(localStorage)).toBe('en');
  });

  it('ignores a stored value it does not know', () => {
    expect(initialLocale({ getItem: () => 'fr' })).toBe('vi');
  });
});
