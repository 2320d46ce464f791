import request from 'supertest';
import type { INestApplication } from '@nestjs/common';
import { readApiConfig } from '@personnel/config';
import type { HeadStandardsReport, NonLocalHeadsReport, Role, RotationReport } from '@personnel/contracts';
import { createTestDatabase, temporalTestAddress, type TestDatabase } from '@personnel/persistence/testing';
import { seedDatabase } from '@personnel/seed';
import { parseCsv } from '../src/registry/cadres/csv';
import { authHeaders, signIn, startApp } from './api-harness';

/**
 * The district's published figures (../../../shared/DOMAIN.md, "Demo organisation") reproduced by the
 * report routes on the demo data set `npm start` seeds, then on the same data with one local head and
 * one head short of a standard. No worker: the reports read only Postgres.
 */
const FIVE_YEARS = 'from=2021-01-01&to=2025-12-31';
const AS_OF = 'asOf=2026-01-01';

interface ReportApi {
  app: INestApplication;
  db: TestDatabase;
  get(path: string, headers?: Record<string, string>): Promise<request.Response>;
}

async function demoReportApi(prefix: string): Promise<ReportApi> {
  const db = await createTestDatabase(prefix);
  const outcome = await seedDatabase(db.url);
  if (!outcome.seeded) throw new Error('the test database was not empty');
  const app = await startApp(
    readApiConfig({ DATABASE_URL: db.url, TEMPORAL_ADDRESS: temporalTestAddress(), LOG_LEVEL: 'silent' }),
  );
  const api: ReportApi = {
    app,
    db,
    get: async (path, headers = {}) =>
      request(app.getHttpServer())
        .get(path)
        .set({
          ...(await authHeaders({ app, db }, 'U-FIG-LEAD', ['leader'], null)),
          ...headers,
        }),
  };
  return api;
}

/** A CSV body as header + records of named fields, after checking its byte-order mark. */
function csvRecords(text: string): Record<string, string>[] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, ...rows] = parseCsv(text).map((r) => r.fields);
  return rows.map((fields) => Object.fromEntries(header.map((name, i) => [name, fields[i]])));
}

describe('district figures on the demo data', () => {
  let api: ReportApi;
  beforeAll(async () => {
    api = await demoReportApi('figures');
  }, 60_000);
  afterAll(async () => {
    await api?.app.close();
    await api?.db.drop();
  });

  it('counts 60 rotations in 2021–2025 across the 9 communes, by year and unit, named', async () => {
    const res = await api.get(`/api/v1/reports/rotations?${FIVE_YEARS}`);
    expect(res.status).toBe(200);
    const report = res.body as RotationReport;
    expect(report).toMatchObject({ from: '2021-01-01', to: '2025-12-31', total: 60, communesInvolved: 9 });
    expect(report.byYear.reduce((sum, y) => sum + y.count, 0)).toBe(60);
    expect(report.byYear.every((y) => y.year >= 2021 && y.year <= 2025)).toBe(true);
    // Every rotation leaves one unit and joins another.
    expect(report.byUnit.reduce((sum, u) => sum + u.in, 0)).toBe(60);
    expect(report.byUnit.reduce((sum, u) => sum + u.out, 0)).toBe(60);
    expect(report.moves.reduce((sum, m) => sum + m.count, 0)).toBe(60);
    expect(report.moves.every((m) => m.from !== null && m.from.unitCode !== m.to.unitCode)).toBe(true);
    const communes = report.byUnit.filter((u) => u.level === 'commune').map((u) => u.unitName);
    expect(communes).toEqual(expect.arrayContaining(['Xã Quảng An', 'Thị trấn Đầm Hà', 'Xã Dực Yên']));
    const perYearAndUnit = report.byYearAndUnit.reduce((sum, u) => sum + u.in, 0);
    expect(perYearAndUnit).toBe(60);
  });

  it('defaults to the last five full years', async () => {
    const res = await api.get('/api/v1/reports/rotations');
    const year = Number(new Date().toISOString().slice(0, 4));
    expect(res.body).toMatchObject({ from: `${year - 5}-01-01`, to: `${year - 1}-12-31` });
  });

  it('finds 18 of 18 commune secretaries and chairmen non-local', async () => {
    const res = await api.get(`/api/v1/reports/non-local-heads?${AS_OF}`);
    expect(res.status).toBe(200);
    const report = res.body as NonLocalHeadsReport;
    expect(report).toMatchObject({ asOf: '2026-01-01', heads: 18, nonLocal: 18, share: 1 });
    expect(new Set(report.posts.map((p) => p.unit.unitCode)).size).toBe(9);
    expect(report.posts.every((p) => p.nonLocal && p.cadreName.length > 0 && p.hometownName !== null)).toBe(
      true,
    );
  });

  it('finds every head meeting the standards of the post, now and on each decision date', async () => {
    const res = await api.get(`/api/v1/reports/head-standards?${AS_OF}&${FIVE_YEARS}`);
    expect(res.status).toBe(200);
    const report = res.body as HeadStandardsReport;
    expect(report.heads).toBeGreaterThan(18);
    expect(report).toMatchObject({ meeting: report.heads, share: 1 });
    expect(report.holders.every((h) => h.failedChecks.length === 0)).toBe(true);
    expect(report.onDecisionDates.decisions).toBeGreaterThan(0);
    expect(report.onDecisionDates).toMatchObject({
      from: '2021-01-01',
      to: '2025-12-31',
      meeting: report.onDecisionDates.decisions,
      share: 1,
    });
  });

  it('answers CSV for ?format=csv and for Accept: text/csv, the same figures as the JSON', async () => {
    const json = (await api.get(`/api/v1/reports/rotations?${FIVE_YEARS}`)).body as RotationReport;
    const byFormat = await api.get(`/api/v1/reports/rotations?${FIVE_YEARS}&format=csv`);
    const byAccept = await api.get(`/api/v1/reports/rotations?${FIVE_YEARS}`, { accept: 'text/csv' });
    expect(byFormat.status).toBe(200);
    expect(byFormat.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(byFormat.headers['content-disposition']).toContain('rotations-2021-01-01-2025-12-31.csv');
    expect(byAccept.text).toBe(byFormat.text);
    const rows = csvRecords(byFormat.text);
    expect(rows).toEqual(
      json.movesByYear.map((m) => ({
        year: String(m.year),
        fromUnitCode: m.from?.unitCode ?? '',
        fromUnitName: m.from?.unitName ?? '',
        toUnitCode: m.to.unitCode,
        toUnitName: m.to.unitName,
        count: String(m.count),
      })),
    );
    expect(rows.reduce((sum, r) => sum + Number(r.count), 0)).toBe(json.total);

    const heads = (await api.get(`/api/v1/reports/non-local-heads?${AS_OF}`)).body as NonLocalHeadsReport;
    const headRows = csvRecords((await api.get(`/api/v1/reports/non-local-heads?${AS_OF}&format=csv`)).text);
    expect(headRows.map((r) => [r.postCode, r.cadreName, r.nonLocal])).toEqual(
      heads.posts.map((p) => [p.postCode, p.cadreName, 'true']),
    );

    const standards = (await api.get(`/api/v1/reports/head-standards?${AS_OF}&${FIVE_YEARS}`))
      .body as HeadStandardsReport;
    const standardRows = csvRecords(
      (await api.get(`/api/v1/reports/head-standards?${AS_OF}&${FIVE_YEARS}`, { accept: 'text/csv' })).text,
    );
    expect(standardRows.filter((r) => r.occasion === 'held')).toHaveLength(standards.heads);
    expect(standardRows.filter((r) => r.occasion === 'took_office')).toHaveLength(
      standards.onDecisionDates.decisions,
    );
    expect(standardRows.every((r) => r.meetsStandards === 'true')).toBe(true);
  });

  it.each([
    ['rotations?from=2025-12-31&to=2021-01-01', 'from'],
    ['rotations?from=2021-02-30', 'from'],
    ['rotations?to=31/12/2025', 'to'],
    ['non-local-heads?asOf=2026-13-01', 'asOf'],
    ['head-standards?asOf=yesterday', 'asOf'],
    ['head-standards?from=2025-01-01&to=2024-01-01', 'from'],
    ['rotations?format=xlsx', 'format'],
  ])('refuses %p naming the field %p', async (path, field) => {
    const res = await api.get(`/api/v1/reports/${path}`);
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('codes a range that ends before it starts, in Vietnamese by default and in English', async () => {
    const vi = await api.get('/api/v1/reports/rotations?from=2025-12-31&to=2021-01-01');
    expect(vi.body.details).toEqual([
      {
        field: 'from',
        code: 'after_end',
        params: { endField: 'to', end: '2021-01-01' },
        problem: 'Trường from không được sau to (01/01/2021).',
        reason: 'from (2025-12-31) must not be after to (2021-01-01)',
      },
    ]);
    const en = await api.get('/api/v1/reports/rotations?from=2025-12-31&to=2021-01-01', {
      'accept-language': 'en',
    });
    expect(en.body.details[0]).toMatchObject({
      code: 'after_end',
      problem: 'from (2025-12-31) must not be after to (2021-01-01)',
    });
  });

  it('is for leaders, the organisation office and admins only', async () => {
    const statusAs = async (username: string, roles: Role[]) =>
      (
        await request(api.app.getHttpServer())
          .get('/api/v1/reports/rotations')
          .set(await authHeaders(api, username, roles, null))
      ).status;
    for (const path of ['rotations', 'non-local-heads', 'head-standards']) {
      const res = await request(api.app.getHttpServer())
        .get(`/api/v1/reports/${path}`)
        .set(await authHeaders(api, 'U-FIG-HR', ['hr_officer'], null));
      expect(res.status).toBe(403);
    }
    expect(await statusAs('U-FIG-VIEW', ['viewer'])).toBe(403);
    expect(await statusAs('U-FIG-ORG', ['org_office'])).toBe(200);
    expect(await statusAs('U-FIG-ADMIN', ['admin'])).toBe(200);
  });

  it('limits every figure to the unit scope of the reader', async () => {
    const token = await signIn(api, 'U-FIG-QA', ['leader'], 'DH-QA');
    const get = (path: string) =>
      request(api.app.getHttpServer())
        .get(`/api/v1/reports/${path}`)
        .set({ authorization: `Bearer ${token}` });
    const rotations = (await get(`rotations?${FIVE_YEARS}`)).body as RotationReport;
    expect(rotations.total).toBeGreaterThan(0);
    expect(rotations.total).toBeLessThan(60);
    expect(rotations.moves.every((m) => m.from?.unitCode === 'DH-QA' || m.to.unitCode === 'DH-QA')).toBe(
      true,
    );
    const heads = (await get(`non-local-heads?${AS_OF}`)).body as NonLocalHeadsReport;
    expect(heads).toMatchObject({ heads: 2, nonLocal: 2 });
    expect(heads.posts.every((p) => p.unit.unitCode === 'DH-QA')).toBe(true);
  });
});

describe('district figures with one local head and one head short of a standard', () => {
  let api: ReportApi;
  let localPost: { code: string; title: string };
  let weakPost: { code: string; cadre: string };
  let weakDecisions: number;
  beforeAll(async () => {
    api = await demoReportApi('figures_local');
    const q = (sql: string, params: unknown[] = []) => api.db.dataSource.query(sql, params);
    // The Quảng Lâm chairman now comes from Quảng Lâm.
    [localPost] = await q(
      `UPDATE cadre c SET hometown_locality_code = u.locality_code
       FROM assignment a JOIN post p ON p.id = a.post_id JOIN unit u ON u.id = p.unit_id
       WHERE a.cadre_id = c.id AND a.to_date IS NULL AND p.code = 'DH-QL-CT-UBND'
       RETURNING p.code, p.title`,
    ).then(([rows]: [{ code: string; title: string }[]]) => rows);
    // The head of the district's organisation office lost his degree (a registry correction).
    [weakPost] = await q(
      `UPDATE cadre c SET education = 'upper_secondary'
       FROM assignment a JOIN post p ON p.id = a.post_id
       WHERE a.cadre_id = c.id AND a.to_date IS NULL AND p.code = 'DH-TCNV-TR'
       RETURNING p.code, c.code AS cadre`,
    ).then(([rows]: [{ code: string; cadre: string }[]]) => rows);
    // Every head post that cadre took in the five years was taken without the degree too.
    const [{ n }] = await q(
      `SELECT count(*)::int AS n FROM assignment a JOIN post p ON p.id = a.post_id JOIN cadre c ON c.id = a.cadre_id
       WHERE c.code = $1 AND p.is_head AND a.from_date BETWEEN '2021-01-01' AND '2025-12-31'`,
      [weakPost.cadre],
    );
    weakDecisions = n;
  }, 60_000);
  afterAll(async () => {
    await api?.app.close();
    await api?.db.drop();
  });

  it('falls below 100 % non-local and names the post held by a local cadre', async () => {
    const report = (await api.get(`/api/v1/reports/non-local-heads?${AS_OF}`)).body as NonLocalHeadsReport;
    expect(report).toMatchObject({ heads: 18, nonLocal: 17, share: 17 / 18 });
    const local = report.posts.filter((p) => !p.nonLocal);
    expect(local).toEqual([
      expect.objectContaining({
        postCode: 'DH-QL-CT-UBND',
        postTitle: localPost.title,
        unit: { unitCode: 'DH-QL', unitName: 'Xã Quảng Lâm', level: 'commune' },
        hometownName: 'Xã Quảng Lâm',
      }),
    ]);
    const rows = csvRecords((await api.get(`/api/v1/reports/non-local-heads?${AS_OF}&format=csv`)).text);
    expect(rows.filter((r) => r.nonLocal === 'false').map((r) => r.postCode)).toEqual(['DH-QL-CT-UBND']);
  });

  it('falls below 100 % of heads meeting their standards and names the failed check', async () => {
    const report = (await api.get(`/api/v1/reports/head-standards?${AS_OF}&${FIVE_YEARS}`))
      .body as HeadStandardsReport;
    expect(report.meeting).toBe(report.heads - 1);
    expect(report.holders.filter((h) => !h.meetsStandards)).toEqual([
      expect.objectContaining({ postCode: weakPost.code, failedChecks: ['education_standard'] }),
    ]);
    const onDecision = report.onDecisionDates.assignments.filter((a) => !a.meetsStandards);
    expect(weakDecisions).toBeGreaterThan(0);
    expect(onDecision).toHaveLength(weakDecisions);
    expect(onDecision.every((a) => a.cadreCode === weakPost.cadre && a.evaluatedOn === a.fromDate)).toBe(
      true,
    );
    expect(report.onDecisionDates.meeting).toBe(report.onDecisionDates.decisions - weakDecisions);
    expect(report.share).toBeLessThan(1);
  });
});
