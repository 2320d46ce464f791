/**
 * What the registry bench asks: each query once as an HTTP request and once as the library call the API
 * makes for it (to take its SQL). Fixed queries repeat one request; detail and eligibility rotate over
 * inputs drawn deterministically from the data set.
 */
import type { Pool } from 'pg';
import {
  encodeCadreCursor,
  type InboxFilter,
  type InboxQueries,
  type Registry,
  type UserStore,
} from '@personnel/persistence';
import { INBOX_READER } from './registry-volume';

/** The account the bench reads as: any signed-in user may read the registry and ask for eligibility. */
export const BENCH_READER = 'U-XEM-01';
/** Fixed day of the eligibility questions, so a rerun asks the same thing whatever the date. */
export const ELIGIBILITY_AS_OF = '2026-03-02';

export type QueryGroup = 'baseline' | 'list' | 'search' | 'detail' | 'eligibility' | 'inbox';

/**
 * The aims, HTTP p99 at c=1 / c=8: list, search and the inbox ≤ 20 / ≤ 50 ms (issue 14), the
 * eligibility check ≤ 10 ms (the registry's first issue, judged at both levels as then).
 */
export const AIMS_P99_MS: Partial<Record<QueryGroup, { c1: number; c8: number }>> = {
  list: { c1: 20, c8: 50 },
  search: { c1: 20, c8: 50 },
  inbox: { c1: 20, c8: 50 },
  eligibility: { c1: 10, c8: 10 },
};

export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

/** What a scenario's library call may use: the bench's capturing data source. */
export interface Library {
  registry: Registry;
  users: UserStore;
  inbox: InboxQueries;
}

export interface Scenario {
  id: string;
  label: string;
  group: QueryGroup;
  /** Who sends the request (default BENCH_READER). */
  reader?: string;
  /** How many distinct requests the scenario rotates over (1 for a fixed query). */
  inputs: number;
  request(input: number): HttpRequest;
  /** The call the API makes for `request(input)`, on the bench's capturing data source. */
  libraryCall(lib: Library, input: number): Promise<unknown>;
  /** Names of its reads in order, for the plans. */
  roles: string[];
}

export interface ScenarioInputs {
  /** Cadre uuids for the detail (as a web panel links them from the list). */
  detailCadreIds: string[];
  /** Cadre code and head post code of each eligibility question. */
  eligibilityPairs: { cadreCode: string; postCode: string }[];
  /** nextCursor of the list's page ending at row 5,000: where "next" leads on a deep page. */
  cursorAt5000: string;
  /** The inbox reader's unit scope, as the API's UnitScope answers it (their unit's subtree). */
  inboxUnitCodes: string[];
  /** The registry reader's, which the API's CadreAccess applies to every list (withinUnits). */
  registryUnitCodes: string[];
}

/** mulberry32: a small seeded generator, so the drawn inputs are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws the rotating inputs from the data set: any cadre for the detail, active cadres × head posts. */
export async function drawInputs(pool: Pool, count: number): Promise<ScenarioInputs> {
  const cadres = await pool.query<{ id: string; code: string; status: string }>(
    `SELECT id, code, status FROM cadre ORDER BY code`,
  );
  const heads = await pool.query<{ code: string }>(
    `SELECT code FROM post WHERE is_head AND active ORDER BY code`,
  );
  const active = cadres.rows.filter((c) => c.status === 'active');
  if (cadres.rows.length === 0 || active.length === 0 || heads.rows.length === 0)
    throw new Error('the registry holds no cadres or no head posts: was the seed written?');
  const deep = await pool.query<{ search_name: string; id: string }>(
    `SELECT search_name, id FROM cadre ORDER BY search_name, id OFFSET ${DEEP_OFFSET - 1} LIMIT 1`,
  );
  const scopeOf = async (username: string) =>
    (
      await pool.query<{ code: string }>(
        `WITH RECURSIVE subtree AS (
           SELECT u.id, u.code FROM unit u JOIN app_user a ON a.unit_code = u.code WHERE a.username = $1
           UNION SELECT u.id, u.code FROM unit u JOIN subtree s ON u.parent_id = s.id)
         SELECT code FROM subtree ORDER BY code`,
        [username],
      )
    ).rows.map((r) => r.code);
  const random = seeded(0x5eed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  return {
    detailCadreIds: Array.from({ length: count }, () => pick(cadres.rows).id),
    eligibilityPairs: Array.from({ length: count }, () => ({
      cadreCode: pick(active).code,
      postCode: pick(heads.rows).code,
    })),
    cursorAt5000: encodeCadreCursor({ searchName: deep.rows[0].search_name, id: deep.rows[0].id }),
    inboxUnitCodes: await scopeOf(INBOX_READER),
    registryUnitCodes: await scopeOf(BENCH_READER),
  };
}

const PAGE = 20;
const DEEP_OFFSET = 5000;

interface ListQuery {
  q?: string;
  status?: 'active';
  unitCode?: string;
  offset?: number;
  after?: string;
}

/** A list or search as the API reads it for BENCH_READER, a viewer of DH: within DH's units (CadreAccess). */
function listScenario(
  id: string,
  label: string,
  group: QueryGroup,
  query: ListQuery,
  withinUnits: string[],
): Scenario {
  const offset = query.offset ?? 0;
  const params = new URLSearchParams();
  if (query.q !== undefined) params.set('q', query.q);
  if (query.status) params.set('status', query.status);
  if (query.unitCode) params.set('unitCode', query.unitCode);
  params.set('limit', String(PAGE));
  if (query.after) params.set('after', query.after);
  else params.set('offset', String(offset));
  return {
    id,
    label,
    group,
    inputs: 1,
    request: () => ({ method: 'GET', path: `/api/v1/cadres?${params.toString()}` }),
    libraryCall: ({ registry }) =>
      registry.cadres.list({
        q: query.q,
        status: query.status,
        unitCode: query.unitCode,
        limit: PAGE,
        offset,
        after: query.after,
        withinUnits,
        includeUnplaced: false,
      }),
    roles: ['count', 'page'],
  };
}

type InboxQuery = Omit<InboxFilter, 'userId' | 'unitCodes' | 'limit' | 'offset' | 'scope'> & {
  scope?: InboxFilter['scope'];
};

/** GET /api/v1/tasks (or /tasks/counts) as the inbox reader, and the InboxQueries call the API makes. */
function inboxScenario(
  id: string,
  label: string,
  unitCodes: string[],
  query: InboxQuery | 'counts',
): Scenario {
  const params = new URLSearchParams();
  if (query !== 'counts')
    for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
  const path = query === 'counts' ? '/api/v1/tasks/counts' : `/api/v1/tasks?${params.toString()}`;
  return {
    id,
    label,
    group: 'inbox',
    reader: INBOX_READER,
    inputs: 1,
    request: () => ({ method: 'GET', path }),
    libraryCall: ({ inbox }) =>
      query === 'counts'
        ? inbox.counts(INBOX_READER, { unitCodes })
        : inbox.list({
            ...query,
            scope: query.scope ?? 'mine',
            userId: INBOX_READER,
            unitCodes,
            limit: PAGE,
            offset: 0,
          }),
    roles: query === 'counts' ? ['counts'] : ['total+etag', 'page', 'names'],
  };
}

export function scenarios(inputs: ScenarioInputs): Scenario[] {
  const { detailCadreIds, eligibilityPairs, inboxUnitCodes: units, registryUnitCodes: scope } = inputs;
  return [
    {
      id: 'auth-me',
      label: 'GET /auth/me (baseline)',
      group: 'baseline',
      inputs: 1,
      request: () => ({ method: 'GET', path: '/api/v1/auth/me' }),
      libraryCall: ({ users }) => users.findActive(BENCH_READER),
      roles: ['user'],
    },
    listScenario('list-first', 'list, first page', 'list', {}, scope),
    listScenario('list-deep', 'list, offset 5000', 'list', { offset: DEEP_OFFSET }, scope),
    listScenario(
      'list-deep-cursor',
      'list, after row 5000 (cursor)',
      'list',
      {
        after: inputs.cursorAt5000,
      },
      scope,
    ),
    listScenario('list-status', 'list, status=active', 'list', { status: 'active' }, scope),
    listScenario('list-unit', 'list, unitCode=DH-QA', 'list', { unitCode: 'DH-QA' }, scope),
    listScenario(
      'list-status-unit',
      'list, active + DH-QA',
      'list',
      {
        status: 'active',
        unitCode: 'DH-QA',
      },
      scope,
    ),
    listScenario('search-nguyen-van', 'search "nguyen van"', 'search', { q: 'nguyen van' }, scope),
    listScenario('search-thi-hoa', 'search "thi hoa"', 'search', { q: 'thi hoa' }, scope),
    listScenario('search-diacritics', 'search "Nguyễn Văn"', 'search', { q: 'Nguyễn Văn' }, scope),
    listScenario('search-code', 'search code "CB-01"', 'search', { q: 'CB-01' }, scope),
    inboxScenario('inbox-mine', 'inbox: mine', units, { scope: 'mine' }),
    inboxScenario('inbox-claimable', 'inbox: claimable (group)', units, { scope: 'claimable' }),
    inboxScenario('inbox-all', 'inbox: all', units, { scope: 'all' }),
    inboxScenario('inbox-done', 'inbox: done by me', units, { scope: 'done' }),
    inboxScenario('inbox-counts', 'inbox: tab counts', units, 'counts'),
    inboxScenario('inbox-filter', 'inbox: all, sign-offs overdue', units, {
      scope: 'all',
      kind: 'sign_off',
      overdue: true,
    }),
    inboxScenario('inbox-search', 'inbox: all, q "nguyen van"', units, { scope: 'all', q: 'nguyen van' }),
    inboxScenario('inbox-sort', 'inbox: all, sort=created', units, { scope: 'all', sort: 'created' }),
    {
      id: 'detail',
      label: 'cadre detail (by id)',
      group: 'detail',
      inputs: detailCadreIds.length,
      request: (i) => ({ method: 'GET', path: `/api/v1/cadres/${detailCadreIds[i]}` }),
      libraryCall: ({ registry }, i) => registry.cadres.detail(detailCadreIds[i]),
      roles: ['cadre', 'assignments', 'evaluations', 'disciplines', 'training', 'planning'],
    },
    {
      id: 'eligibility',
      label: 'eligibility, appointment',
      group: 'eligibility',
      inputs: eligibilityPairs.length,
      request: (i) => ({
        method: 'POST',
        path: '/api/v1/eligibility',
        body: {
          cadreId: eligibilityPairs[i].cadreCode,
          postId: eligibilityPairs[i].postCode,
          kind: 'appointment',
          asOf: ELIGIBILITY_AS_OF,
        },
      }),
      libraryCall: ({ registry }, i) =>
        registry.eligibilityFacts.load(
          eligibilityPairs[i].cadreCode,
          eligibilityPairs[i].postCode,
          ELIGIBILITY_AS_OF,
        ),
      roles: ['cadre', 'courses', 'disciplines', 'evaluations', 'assignments', 'planning', 'post'],
    },
  ];
}
