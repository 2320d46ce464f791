import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { readApiConfig } from '@personnel/config';
import { NotificationPreferences } from '@personnel/persistence';
import { createTestDatabase, temporalTestAddress, type TestDatabase } from '@personnel/persistence/testing';
import { authHeaders, startApp } from './api-harness';

/** Each user's own switch for notification mail: read, turned off and on, refused by field when malformed. */
describe('GET/PUT /api/v1/me/notifications (real Postgres)', () => {
  let db: TestDatabase;
  let app: INestApplication;
  const http = () => request(app.getHttpServer());
  const as = (username: string) => authHeaders({ app, db }, username, ['approver'], 'DH');

  beforeAll(async () => {
    db = await createTestDatabase('api_me_notifications');
    app = await startApp(
      readApiConfig({
        DATABASE_URL: db.url,
        TEMPORAL_ADDRESS: temporalTestAddress(),
        LOG_LEVEL: 'silent',
        JWT_SECRET: 'k'.repeat(40),
      }),
    );
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('answers the signed-in user’s own switch and address, on by default', async () => {
    const headers = await as('U-NOTI-1');
    await new NotificationPreferences(db.dataSource).setEmail('U-NOTI-1', 'u-noti-1@damha.example');
    const r = await http().get('/api/v1/me/notifications').set(headers);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ mailEnabled: true, email: 'u-noti-1@damha.example' });
  });

  it('turns it off and on for that user only, stored in Postgres', async () => {
    const mine = await as('U-NOTI-2');
    const other = await as('U-NOTI-3');
    const off = await http().put('/api/v1/me/notifications').set(mine).send({ mailEnabled: false });
    expect(off.status).toBe(200);
    expect(off.body).toEqual({ mailEnabled: false, email: null });
    expect((await http().get('/api/v1/me/notifications').set(mine)).body.mailEnabled).toBe(false);
    expect((await http().get('/api/v1/me/notifications').set(other)).body.mailEnabled).toBe(true);
    const [row]: { mail_notifications: boolean }[] = await db.dataSource.query(
      `SELECT mail_notifications FROM app_user WHERE username = 'U-NOTI-2'`,
    );
    expect(row.mail_notifications).toBe(false);
    const on = await http().put('/api/v1/me/notifications').set(mine).send({ mailEnabled: true });
    expect(on.body).toEqual({ mailEnabled: true, email: null });
  });

  it('refuses a malformed body naming the field, changing nothing', async () => {
    const headers = await as('U-NOTI-4');
    await http().put('/api/v1/me/notifications').set(headers).send({ mailEnabled: false });
    for (const body of [{ mailEnabled: 'no' }, {}, { mailEnabled: false, email: 'x@y.z' }]) {
      const r = await http().put('/api/v1/me/notifications').set(headers).send(body);
      expect(r.status).toBe(400);
      expect(r.body.details.map((d: { field: string }) => d.field)).toEqual(
        'email' in body ? ['email'] : ['mailEnabled'],
      );
    }
    expect((await http().get('/api/v1/me/notifications').set(headers)).body.mailEnabled).toBe(false);
  });

  it('needs a signed-in user', async () => {
    expect((await http().get('/api/v1/me/notifications')).status).toBe(401);
    expect((await http().put('/api/v1/me/notifications').send({ mailEnabled: false })).status).toBe(401);
  });
});
