import type { Page, Route } from 'playwright-core';

/**
 * Holds what a tab reads of the API as it last was: a GET whose path `reads` picks is answered from
 * its last answer while held (a task's or a conference's commands go through). It stands for a person
 * whose screen shows a task or a conference as it was a moment ago, when someone else has acted on it
 * since (the panel polls, so without holding it the race would be the clock's, and a test must not
 * depend on that).
 */
export async function holdableAnswers(
  page: Page,
  reads: (pathname: string) => boolean,
): Promise<{ hold(): void }> {
  let held = false;
  const last = new Map<string, { status: number; headers: Record<string, string>; body: Buffer }>();
  await page.route(
    (url) => reads(url.pathname),
    async (route: Route) => {
      const key = new URL(route.request().url()).pathname;
      const kept = last.get(key);
      if (route.request().method() !== 'GET') return route.continue();
      if (held && kept) return route.fulfill(kept);
      const answer = await route.fetch();
      if (answer.status() === 200)
        last.set(key, { status: 200, headers: answer.headers(), body: await answer.body() });
      return route.fulfill({ response: answer });
    },
  );
  return {
    hold: () => {
      if (last.size === 0) throw new Error('nothing has been read yet: nothing to hold');
      held = true;
    },
  };
}

/** The inbox's list (GET /api/v1/tasks, not its counts nor a task's commands), held as it was. */
export const holdableTaskList = (page: Page) => holdableAnswers(page, (path) => path === '/api/v1/tasks');
