import request from 'supertest';
import { readApiConfig } from '@personnel/config';
import { recordProcedureStep } from '@personnel/persistence';
import {
  createTestDatabase,
  procedureStepInput,
  procedureTask,
  temporalTestAddress,
} from '@personnel/persistence/testing';
import { authHeaders, startApp, type ApiUnderTest } from './api-harness';

/** Reads need no worker: the procedure rows are written here as the kernel's journal writes them. */
describe('GET /api/v1/procedures/{workflowId}: any kind, retired nominations included (real Postgres)', () => {
  let api: ApiUnderTest;
  const server = () => api.app.getHttpServer();
  const auth = (username: string, unitCode: string | null = 'DH') =>
    authHeaders(api, username, ['viewer'], unitCode);

  beforeAll(async () => {
    const db = await createTestDatabase('api_procedures');
    const config = readApiConfig({
      DATABASE_URL: db.url,
      TEMPORAL_ADDRESS: temporalTestAddress(),
      LOG_LEVEL: 'warn',
    });
    const app = await startApp(config);
    api = {
      app,
      db,
      close: async () => {
        await app.close();
        await db.drop();
      },
    };
    const q = (sql: string) => db.dataSource.query(sql);
    await q(
      `INSERT INTO unit (code, name, level, locality_code) VALUES ('DH', 'Huyện Đầm Hà', 'district', 'QN-DH')`,
    );
    await q(`INSERT INTO unit (code, name, level, parent_id, locality_code)
             SELECT 'DH-QA', 'Xã Quảng An', 'commune', id, 'QN-DH-QA' FROM unit WHERE code = 'DH'`);
    await q(
      `INSERT INTO unit (code, name, level, locality_code) VALUES ('TY', 'Huyện Tiên Yên', 'district', 'QN-TY')`,
    );
    // A nomination as the retired slice left it: its journal, and the procedure row the migration made.
    await recordProcedureStep(
      db.dataSource,
      procedureStepInput({
        workflowId: 'nomination/CB-1/QA-CT/1',
        procedure: {
          kind: 'nomination',
          postId: 'QA-CT',
          state: 'pending',
          stage: 'pending',
          detail: { approverIds: ['U-1', 'U-2'], currentApproverId: 'U-1' },
        },
      }),
    );
    await recordProcedureStep(
      db.dataSource,
      procedureStepInput({
        workflowId: 'rotation/CB-2/1',
        tasks: [procedureTask({ key: 'review', assigneeIds: ['U-A', 'U-B'] })],
        procedure: { subjectCadreIds: ['CB-2'] },
      }),
    );
    await recordProcedureStep(
      db.dataSource,
      procedureStepInput({ workflowId: 'rotation/CB-3/1', procedure: { unitCode: 'TY' } }),
    );
  }, 60_000);
  afterAll(() => api?.close());

  it('answers a retired nomination with its journal, by raw or percent-encoded id', async () => {
    for (const path of ['nomination/CB-1/QA-CT/1', encodeURIComponent('nomination/CB-1/QA-CT/1')]) {
      const res = await request(server())
        .get(`/api/v1/procedures/${path}`)
        .set(await auth('U-A'));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        id: 'nomination/CB-1/QA-CT/1',
        kind: 'nomination',
        unitName: 'Xã Quảng An',
        detail: { approverIds: ['U-1', 'U-2'], currentApproverId: 'U-1' },
        timeline: [{ seq: 0, stepKey: 'proposed' }],
        tasks: [],
      });
    }
  });

  it("answers each task with the reader's relation and the actions they may take", async () => {
    const asA = await request(server())
      .get('/api/v1/procedures/rotation/CB-2/1')
      .set(await auth('U-A'));
    expect(asA.status).toBe(200);
    expect(asA.body.tasks).toEqual([
      expect.objectContaining({
        taskKey: 'review',
        procedureKind: 'rotation',
        stage: 'proposal',
        cadreIds: ['CB-2'],
        relation: 'claimable',
        actions: ['claim'],
        activeDelegates: [],
      }),
    ]);
    const asOther = await request(server())
      .get('/api/v1/procedures/rotation/CB-2/1')
      .set(await auth('U-Z'));
    expect(asOther.body.tasks[0]).toMatchObject({ relation: 'other', actions: [] });
  });

  it('is a 404 outside the reader’s unit scope or when unknown, a 400 naming workflowId when malformed', async () => {
    const outside = await request(server())
      .get('/api/v1/procedures/rotation/CB-3/1')
      .set(await auth('U-A'));
    expect(outside.status).toBe(404);
    const organisation = await request(server())
      .get('/api/v1/procedures/rotation/CB-3/1')
      .set(await auth('U-ORG', null));
    expect(organisation.status).toBe(200);
    expect(
      (
        await request(server())
          .get('/api/v1/procedures/rotation/NOPE/1')
          .set(await auth('U-A'))
      ).status,
    ).toBe(404);
    const malformed = await request(server())
      .get('/api/v1/procedures/Not%20An%20Id')
      .set(await auth('U-A'));
    expect(malformed.status).toBe(400);
    expect(malformed.body.details).toEqual([expect.objectContaining({ field: 'workflowId' })]);
  });

  it('needs a signed-in user', async () => {
    expect((await request(server()).get('/api/v1/procedures/rotation/CB-2/1')).status).toBe(401);
  });
});
