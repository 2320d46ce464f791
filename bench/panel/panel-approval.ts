/// <reference lib="dom" />
/**
 * One approval in the real panel, timed inside the page: the approver's procedure page open on the task
 * (`?task=<key>`), a click on "Đồng ý" (vi.ts `decision.approve`), and the time from the click event to
 * the first frame where the new state is on screen. Two marks are taken by a MutationObserver:
 *   feedback  the notice "Đã ghi nhận…" (the Update answered, `action-feedback`);
 *   state     the task's form gone from the page (the panel shows the procedure with the task done),
 *             then the next animation frame: what the approver sees.
 * The API requests the page sent in between (Resource Timing) are counted: a refetch after the Update
 * shows there.
 */
import type { Page } from 'playwright-core';

/** The approve button's label in the panel (apps/web/src/i18n/vi.ts, decision.approve). */
export const APPROVE_LABEL = 'Đồng ý';
/** The start of the notice after a decision (vi.ts proc.actions.done …: "Đã ghi nhận: đồng ý."). */
const FEEDBACK_TEXT = 'Đã ghi nhận';

export interface PanelSample {
  /** Click → the notice of the recorded decision, ms. */
  feedbackMs: number;
  /** Click → the first frame with the task shown done (its form gone), ms. */
  stateMs: number;
  /** Requests to /api/ the page started between the click and that frame. */
  apiRequests: number;
  /** Their paths, e.g. POST …/decide then GET /appointments/…. */
  apiPaths: string[];
}

interface BenchMarks {
  click: number | null;
  feedback: number | null;
  state: number | null;
  painted: number | null;
}

/** The signed-in approver's page on `pagePath?task=<taskKey>`, the decision sent from the panel, timed. */
export async function approveInPanel(
  page: Page,
  webUrl: string,
  pagePath: string,
  taskKey: string,
): Promise<PanelSample> {
  await page.goto(`${webUrl}${pagePath}?task=${encodeURIComponent(taskKey)}`);
  const form = page.getByTestId(`task-${taskKey}`);
  const button = form.getByRole('button', { name: APPROVE_LABEL, exact: true });
  await button.waitFor();
  // The page has loaded its procedure, the directory and the documents: nothing of the load is timed.
  await page.waitForLoadState('networkidle');
  await page.evaluate(
    ({ key, feedbackText, label }) => {
      const marks: BenchMarks = { click: null, feedback: null, state: null, painted: null };
      (window as unknown as { __benchMarks: BenchMarks }).__benchMarks = marks;
      const formOf = () => document.querySelector(`[data-testid="task-${key}"]`);
      const approve = Array.from(formOf()?.querySelectorAll('button') ?? []).find(
        (b) => b.textContent?.trim() === label,
      );
      if (!approve) throw new Error(`no "${label}" button in task-${key}`);
      approve.addEventListener('click', () => (marks.click = performance.now()), {
        capture: true,
        once: true,
      });
      const observer = new MutationObserver(() => {
        if (marks.click === null) return;
        const now = performance.now();
        if (
          marks.feedback === null &&
          document.querySelector('[data-testid="action-feedback"]')?.textContent?.includes(feedbackText)
        )
          marks.feedback = now;
        if (marks.state === null && !formOf()) {
          marks.state = now;
          observer.disconnect();
          requestAnimationFrame(() => (marks.painted = performance.now()));
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    },
    { key: taskKey, feedbackText: FEEDBACK_TEXT, label: APPROVE_LABEL },
  );
  await button.click();
  await page.waitForFunction(
    () => (window as unknown as { __benchMarks: BenchMarks }).__benchMarks.painted !== null,
    undefined,
    {
      timeout: 30_000,
    },
  );
  return page.evaluate(() => {
    const marks = (window as unknown as { __benchMarks: BenchMarks }).__benchMarks;
    const click = marks.click as number;
    const painted = marks.painted as number;
    const requests = performance
      .getEntriesByType('resource')
      .filter(
        (e) => e.startTime >= click && e.startTime <= painted && new URL(e.name).pathname.startsWith('/api/'),
      );
    return {
      feedbackMs: (marks.feedback ?? painted) - click,
      stateMs: painted - click,
      apiRequests: requests.length,
      apiPaths: requests.map((e) => new URL(e.name).pathname),
    };
  });
}

/** Signs the approver in on the panel's login page (the tab keeps the session). */
export async function signInPanel(
  page: Page,
  webUrl: string,
  username: string,
  password: string,
): Promise<void> {
  await page.goto(`${webUrl}/login`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
}
