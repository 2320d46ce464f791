import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Disclosure } from './disclosure';

describe('a part of the page that opens on demand', () => {
  // jsdom has no keyboard activation of <summary>: Enter and Space are proven in Chromium
  // (test/browser/panel-guidance.browser.ts); here the state the summary tells follows the toggling.
  it('shows a chevron, is reached by Tab, and says whether it is open as it opens and closes', async () => {
    const user = userEvent.setup();
    render(
      <Disclosure className="more" summary="Rút quy trình">
        <p>Lý do rút</p>
      </Disclosure>,
    );
    const summary = screen.getByText('Rút quy trình').closest('summary') as HTMLElement;
    expect(summary.querySelector('.disclosure-chevron')?.getAttribute('aria-hidden')).toBe('true');
    expect(summary.getAttribute('aria-expanded')).toBe('false');
    const details = summary.parentElement as HTMLDetailsElement;
    expect(details.open).toBe(false);

    await user.tab();
    expect(document.activeElement).toBe(summary);
    await user.click(summary);
    expect(details.open).toBe(true);
    expect(summary.getAttribute('aria-expanded')).toBe('true');
    await user.click(summary);
    expect(details.open).toBe(false);
    expect(summary.getAttribute('aria-expanded')).toBe('false');
  });
});
