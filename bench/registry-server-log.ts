/**
 * Stage 4 of the registry bench: the SQL captured from the library code, looked for in what Postgres
 * logged while the API answered the same requests.
 */
import type { Pool } from 'pg';
import { send } from './registry-load';
import type { Scenario } from './registry-scenarios';
import { normaliseSql, type Statement } from './registry-sql';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface SeenInServerLog {
  /** What the first request answered, in a few fields. */
  answer: Record<string, unknown>;
  /** Captured statements of that request found in the server log, of `statements`. */
  found: number;
  statements: number;
}

/** What the first request of a scenario answered, in a few fields (the full body stays out of the JSON). */
function answerOf(scenario: Scenario, text: string): Record<string, unknown> {
  const body = JSON.parse(text) as Record<string, unknown>;
  switch (scenario.group) {
    case 'baseline':
      return { username: body.username, roles: body.roles };
    case 'list':
    case 'search': {
      const items = (body.items as { code: string; fullName: string }[]) ?? [];
      return {
        total: body.total,
        items: items.length,
        first: items[0] ? `${items[0].code} ${items[0].fullName}` : null,
      };
    }
    case 'detail':
      return {
        code: body.code,
        assignments: (body.assignments as unknown[]).length,
        evaluations: (body.evaluations as unknown[]).length,
        trainingCompletions: (body.trainingCompletions as unknown[]).length,
      };
    case 'inbox': {
      if (!('items' in body)) return body;
      const items = (body.items as { workflowId: string; taskKey: string; kind: string }[]) ?? [];
      return {
        total: body.total,
        items: items.length,
        first: items[0] ? `${items[0].workflowId} ${items[0].taskKey} (${items[0].kind})` : null,
      };
    }
    case 'eligibility':
      return {
        eligible: body.eligible,
        legalBasis: body.legalBasis,
        checks: (body.checks as unknown[]).length,
        failed: (body.checks as { rule: string; passed: boolean }[])
          .filter((c) => !c.passed)
          .map((c) => c.rule),
      };
  }
}

/**
 * Sends the first request of each scenario once with Postgres' statement log on (the bench's own
 * server, `ALTER SYSTEM`), and looks for every captured statement in what the server logged meanwhile:
 * proof that the SQL replayed and explained is the SQL the API runs.
 */
export async function checkAgainstServerLog(
  admin: Pool,
  serverLog: { lines: string[] | undefined },
  apiUrl: string,
  tokenFor: (scenario: Scenario) => string,
  list: readonly Scenario[],
  statements: ReadonlyMap<string, Statement[][]>,
): Promise<Map<string, SeenInServerLog>> {
  const seen = new Map<string, SeenInServerLog>();
  await admin.query(`ALTER SYSTEM SET log_min_duration_statement = 0`);
  await admin.query(`SELECT pg_reload_conf()`);
  try {
    await sleep(500);
    serverLog.lines = [];
    for (const scenario of list) {
      const from = serverLog.lines.length;
      const request = scenario.request(0);
      const answer = await send(apiUrl, tokenFor(scenario), request);
      if (answer.status !== 200)
        throw new Error(
          `${request.method} ${request.path} answered ${answer.status}: ${answer.text.slice(0, 300)}`,
        );
      await sleep(150);
      const logged = normaliseSql(serverLog.lines.slice(from).join('\n'));
      const captured = statements.get(scenario.id)?.[0] ?? [];
      seen.set(scenario.id, {
        answer: answerOf(scenario, answer.text),
        statements: captured.length,
        found: captured.filter((s) => logged.includes(normaliseSql(s.sql))).length,
      });
    }
  } finally {
    serverLog.lines = undefined;
    await admin.query(`ALTER SYSTEM RESET log_min_duration_statement`);
    await admin.query(`SELECT pg_reload_conf()`);
  }
  return seen;
}
