/**
 * What the registry bench asks: each query once as an HTTP request and once as the library call the API
 * makes for it (to take its SQL). Fixed queries repeat one request; detail and eligibility rotate over
 * inputs drawn deterministically from the data set.
 */
import type { Pool } from 'pg';
import type { Registry, UserStore } from '@personnel/persistence';

/** The account the bench reads as: any signed-in user may read the registry and ask for eligibility. */
export const BENCH_READER = 'U-XEM-01';
/** Fixed day of the eligibility questions, so a rerun asks the same thing whatever the date. */
export const ELIGIBILITY_AS_OF = '2026-03-02';

export type QueryGroup = 'baseline' | 'list' | 'search' | 'detail' | 'eligibility';

/** The aims: p99 of list and search under 20 ms, of eligibility under 10 ms. */
export const AIMS_P99_MS: Partial<Record<QueryGroup, number>> = { list: 20, search: 20, eligibility: 10 };

export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

export interface Scenario {
  id: string;
  label: string;
  group: QueryGroup;
  /** How many distinct requests the scenario rotates over (1 for a fixed query). */
  inputs: number;
  request(input: number): HttpRequest;
  /** The call the API makes for `request(input)`, on the bench's capturing data source. */
  libraryCall(lib: { registry: Registry; users: UserStore }, input: number): Promise<unknown>;
  /** Names of its reads in order, for the plans. */
  roles: string[];
}

export interface ScenarioInputs {
  /** Cadre uuids for the detail (as a web panel links them from the list). */
  detailCadreIds: string[];
  /** Cadre code and head post code of each eligibility question. */
  eligibilityPairs: { cadreCode: string; postCode: string }[];
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
  const random = seeded(0x5eed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  return {
    detailCadreIds: Array.from({ length: count }, () => pick(cadres.rows).id),
    eligibilityPairs: Array.from({ length: count }, () => ({
      cadreCode: pick(active).code,
      postCode: pick(heads.rows).code,
    })),
  };
}

const PAGE = 20;

interface ListQuery {
  q?: string;
  status?: 'active';
  unitCode?: string;
  offset?: number;
}

function listScenario(id: string, label: string, group: QueryGroup, query: ListQuery): Scenario {
  const offset = query.offset ?? 0;
  const params = new URLSearchParams();
  if (query.q !== undefined) params.set('q', query.q);
  if (query.status) params.set('status', query.status);
  if (query.unitCode) params.set('unitCode', query.unitCode);
  params.set('limit', String(PAGE));
  params.set('offset', String(offset));
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
      }),
    roles: ['count', 'page'],
  };
}

export function scenarios(inputs: ScenarioInputs): Scenario[] {
  const { detailCadreIds, eligibilityPairs } = inputs;
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
    listScenario('list-first', 'list, first page', 'list', {}),
    listScenario('list-deep', 'list, offset 5000', 'list', { offset: 5000 }),
    listScenario('list-status', 'list, status=active', 'list', { status: 'active' }),
    listScenario('list-unit', 'list, unitCode=DH-QA', 'list', { unitCode: 'DH-QA' }),
    listScenario('list-status-unit', 'list, active + DH-QA', 'list', {
      status: 'active',
      unitCode: 'DH-QA',
    }),
    listScenario('search-nguyen-van', 'search "nguyen van"', 'search', { q: 'nguyen van' }),
    listScenario('search-thi-hoa', 'search "thi hoa"', 'search', { q: 'thi hoa' }),
    listScenario('search-diacritics', 'search "Nguyễn Văn"', 'search', { q: 'Nguyễn Văn' }),
    listScenario('search-code', 'search code "CB-01"', 'search', { q: 'CB-01' }),
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
