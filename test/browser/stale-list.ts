import type { Page, Route } from 'playwright-core';

/**
 * Holds the task list of a tab as it last was: the list of the inbox (GET /api/v1/tasks, not its counts
 * nor a task's commands) is answered from the last answer while held. It stands for a person whose screen
 * shows a task as it was a moment ago, when someone else has acted on it since (the inbox polls, so
 * without holding it the race would be the clock's, and a test must not depend on that).
 */
export async function holdableTaskList(page: Page): Promise<{ hold(): void }> {
  let held = false;
  let last: { status: number; headers: Record<string, string>; body: Buffer } | null = null;
  await page.route(
    (url) => url.pathname === '/api/v1/tasks',
    async (route: Route) => {
      if (held && last) return route.fulfill(last);
      const answer = await route.fetch();
      if (answer.status() === 200)
        last = { status: 200, headers: answer.headers(), body: await answer.body() };
      return route.fulfill({ response: answer });
    },
  );
  return {
    hold: () => {
      if (!last) throw new Error('the task list has not been read yet: nothing to hold');
      held = true;
    },
  };
}
