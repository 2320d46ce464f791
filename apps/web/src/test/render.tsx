import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { I18nProvider, type Locale } from '../i18n/i18n';
import { AnnouncerProvider } from '../ui/announcer';

/** Renders a piece of the panel with its language, live regions and a router, as the app does. */
export function renderPanel(ui: ReactElement, { locale = 'vi' as Locale, path = '/' } = {}) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <I18nProvider locale={locale}>
        <AnnouncerProvider>{ui}</AnnouncerProvider>
      </I18nProvider>
    </MemoryRouter>,
  );
}
