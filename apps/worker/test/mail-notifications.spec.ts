import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { MockActivityEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import {
  MAIL_NOTIFICATION_WORKFLOW_ID,
  NOTIFICATION_WORKFLOW_TYPE,
  type NotificationDeliveryInput,
} from '@personnel/contracts';
import { NotificationLedger, NotificationPreferences, recordProcedureStep } from '@personnel/persistence';
import {
  createTestDatabase,
  laterStep,
  MailCatcher,
  procedureStepInput,
  procedureTask,
  temporalTestAddress,
  type TestDatabase,
} from '@personnel/persistence/testing';
import { workflowBundlerHook, WORKFLOWS_ENTRY } from '@personnel/workflow-bundler';
import { createNotificationActivities } from '../src/activities/notification.activities';
import { createMailTransport } from '../src/notifications/mail-transport';

const quiet = {
  log: () => undefined,
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

const PANEL = 'http://panel.test';
const WF = 'appointment/QA-CT/1';
const mailOf = (u: string) => `${u.toLowerCase()}@damha.example`;

/**
 * The mail notifier on the real dev server with the real activity, Postgres and a real SMTP server in
 * this process (smtp-server) that turns one recipient down at first: every task event reaches each of its
 * people exactly once, in Vietnamese, through the retried activity; a user who switched off gets nothing.
 */
describe('mail notifications (dev server, real Postgres, a real SMTP server)', () => {
  let db: TestDatabase;
  let catcher: MailCatcher;
  let client: Client;
  let connection: Connection;
  let native: NativeConnection;
  let worker: Worker;
  let running: Promise<void>;
  let refusals = 0;
  const taskQueue = `mail-${randomUUID()}`;
  const workflowId = `${MAIL_NOTIFICATION_WORKFLOW_ID}-${randomUUID()}`;

  async function until(what: string, done: () => Promise<boolean> | boolean, ms = 50_000): Promise<void> {
    const end = Date.now() + ms;
    while (!(await done())) {
      if (Date.now() > end)
        throw new Error(`timed out waiting for ${what}: ${JSON.stringify(catcher.mails.map((m) => m.to))}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  const outboxIdOf = async (type: string): Promise<string> =>
    (
      (await db.dataSource.query(`SELECT id FROM outbox_event WHERE type = $1 AND subject = $2`, [
        type,
        WF,
      ])) as { id: string }[]
    )[0].id;

  beforeAll(async () => {
    try {
      Runtime.install({ logger: new DefaultLogger('WARN') });
    } catch {
      // Already installed by an earlier test file in this jest worker.
    }
    db = await createTestDatabase('mail_notifications');
    const q = (sql: string, params: unknown[] = []) => db.dataSource.query(sql, params);
    await q(
      `INSERT INTO unit (code, name, level, locality_code) VALUES ('DH-QA', 'Xã Quảng An', 'commune', 'QN-DH-QA')`,
    );
    await q(`INSERT INTO post (code, title, unit_id, level, standards)
             SELECT 'QA-CT', 'Chủ tịch UBND xã Quảng An', id, 'commune', '{}'::jsonb FROM unit WHERE code = 'DH-QA'`);
    await q(`INSERT INTO cadre (code, full_name, search_name, gender, birth_date, hometown_locality_code, ethnicity,
                                education, political_theory, state_management, party_member, status)
             VALUES ('CB-1', 'Nguyễn Văn An', 'nguyen van an', 'male', '1980-05-17', 'QN-DH-QL', 'Kinh',
                     'bachelor', 'advanced', 'principal', true, 'active')`);
    const prefs = new NotificationPreferences(db.dataSource);
    for (const [u, name] of [
      ['U-A', 'Trần Văn Minh'],
      ['U-B', 'Lê Quang Hưng'],
      ['U-OFF', 'Vũ Thị Lan'],
      ['U-NOMAIL', 'Ngô Minh Tuấn'],
      ['U-BT', 'Phạm Đức Thắng'],
    ]) {
      await q(
        `INSERT INTO app_user (username, full_name, roles, unit_code) VALUES ($1, $2, '{approver}', 'DH')`,
        [u, name],
      );
      if (u !== 'U-NOMAIL') await prefs.setEmail(u, mailOf(u));
    }
    expect(await prefs.setMailEnabled('U-OFF', false)).toEqual({
      mailEnabled: false,
      email: mailOf('U-OFF'),
    });

    // The relay turns U-B down twice (450): the first attempts fail after U-A's mail went out.
    catcher = await MailCatcher.start({
      refuse: (address) => address === mailOf('U-B') && refusals++ < 2,
    });
    native = await NativeConnection.connect({ address: temporalTestAddress() });
    connection = await Connection.connect({ address: temporalTestAddress() });
    client = new Client({ connection, namespace: 'default' });
    worker = await Worker.create({
      connection: native,
      namespace: 'default',
      taskQueue,
      workflowBundle: await bundleWorkflowCode({
        workflowsPath: WORKFLOWS_ENTRY,
        webpackConfigHook: workflowBundlerHook,
        logger: quiet,
      }),
      activities: createNotificationActivities(db.dataSource, {
        transport: createMailTransport(catcher.url),
        from: 'Hệ thống quản lý cán bộ <no-reply@personnel.invalid>',
        panelUrl: PANEL,
      }),
    });
    running = worker.run();
  }, 120_000);

  afterAll(async () => {
    worker?.shutdown();
    await running;
    await catcher?.close();
    await connection?.close();
    await native?.close();
    await db?.drop();
  });

  it('mails a new task, its reminder and its escalation once to each person, through a refused delivery', async () => {
    const assignees = ['U-A', 'U-B', 'U-OFF', 'U-NOMAIL'];
    const task = procedureTask({ key: 'r1-org-office', assigneeIds: assignees });
    const first = procedureStepInput({
      workflowId: WF,
      procedure: { postId: 'QA-CT', subjectCadreIds: ['CB-1'] },
      tasks: [task],
    });
    await recordProcedureStep(db.dataSource, first);
    const handle = await client.workflow.start(NOTIFICATION_WORKFLOW_TYPE, {
      workflowId,
      taskQueue,
      args: [{ cursor: '0', pollMs: 200 } satisfies NotificationDeliveryInput],
    });
    await recordProcedureStep(db.dataSource, {
      ...laterStep(first, 1, 'proposal'),
      kind: 'task_reminder',
      actor: 'system',
      payload: { taskKey: task.key, to: assignees, dueAt: task.dueAt },
      tasks: [{ ...task, reminded: true }],
    });
    await recordProcedureStep(db.dataSource, {
      ...laterStep(first, 2, 'proposal'),
      kind: 'task_escalated',
      actor: 'system',
      payload: { taskKey: task.key, to: 'U-BT', dueAt: task.dueAt },
      tasks: [{ ...task, reminded: true, escalated: true, assigneeIds: [...assignees, 'U-BT'] }],
    });
    await until(
      'the mails of the three events',
      () => catcher.to(mailOf('U-B')).length >= 2 && catcher.to(mailOf('U-BT')).length >= 1,
    );
    // A few more polls: nothing else arrives.
    await new Promise((r) => setTimeout(r, 1_000));

    expect(refusals).toBeGreaterThanOrEqual(2);
    expect(catcher.to(mailOf('U-A')).map((m) => m.subject.split(']')[0])).toEqual([
      '[Nhiệm vụ mới',
      '[Nhắc việc',
    ]);
    expect(catcher.to(mailOf('U-B')).map((m) => m.subject.split(']')[0])).toEqual([
      '[Nhiệm vụ mới',
      '[Nhắc việc',
    ]);
    expect(catcher.to(mailOf('U-BT')).map((m) => m.subject.split(']')[0])).toEqual([
      '[Nhiệm vụ quá hạn được chuyển lên',
    ]);
    expect(catcher.to(mailOf('U-OFF'))).toEqual([]);
    expect(catcher.mails).toHaveLength(5);
    // One Message-ID per (event, recipient): nothing was sent twice.
    expect(new Set(catcher.mails.map((m) => m.messageId)).size).toBe(5);

    const mail = catcher.to(mailOf('U-A'))[0];
    expect(mail.subject).toBe(
      '[Nhiệm vụ mới] Cơ quan Tổ chức - Nội vụ thẩm định — Nguyễn Văn An (hạn 16/03/2026)',
    );
    expect(mail.text).toContain('Kính gửi đồng chí Trần Văn Minh,');
    expect(mail.text).toContain('Quy trình: Bổ nhiệm cán bộ');
    expect(mail.text).toContain('Cán bộ: Nguyễn Văn An');
    expect(mail.text).toContain('Chức vụ: Chủ tịch UBND xã Quảng An');
    expect(mail.text).toContain('Đơn vị: Xã Quảng An');
    expect(mail.text).toContain('Hạn xử lý: 16/03/2026');
    expect(mail.text).toContain(`${PANEL}/appointments/QA-CT/1?task=r1-org-office`);
    expect(mail.html).toContain(`href="${PANEL}/appointments/QA-CT/1?task=r1-org-office"`);
    expect(mail.html).toContain('<td>Nguyễn Văn An</td>');

    const ledger = new NotificationLedger(db.dataSource);
    const opened = await ledger.ofEvent(await outboxIdOf('vn.personnel.task.opened'));
    expect(opened.map((r) => [r.recipient, r.status, r.reason])).toEqual([
      ['U-A', 'sent', null],
      ['U-B', 'sent', null],
      ['U-NOMAIL', 'skipped', 'no_address'],
      ['U-OFF', 'skipped', 'switched_off'],
    ]);
    // U-A's row was claimed once although the activity ran again; U-B's was taken again after the refusals.
    expect(opened.find((r) => r.recipient === 'U-A')?.attempts).toBe(1);
    expect(opened.find((r) => r.recipient === 'U-B')?.attempts).toBeGreaterThanOrEqual(2);
    expect(opened.find((r) => r.recipient === 'U-A')?.messageId).toBe(mail.messageId);
    await handle.terminate('test over');
  }, 90_000);

  it('a retry after a crash in the SMTP conversation does not send again (at most once)', async () => {
    const task = procedureTask({ key: 'r2-approver', assigneeIds: ['U-A'] });
    const first = procedureStepInput({
      workflowId: 'appointment/QA-CT/2',
      procedure: { postId: 'QA-CT', subjectCadreIds: ['CB-1'] },
      tasks: [task],
    });
    await recordProcedureStep(db.dataSource, first);
    const [event]: { id: string; sequence: string }[] = await db.dataSource.query(
      `SELECT id, sequence::text AS sequence FROM outbox_event WHERE subject = $1 AND type = 'vn.personnel.task.opened'`,
      ['appointment/QA-CT/2'],
    );
    // What a worker that died after claiming and before the relay's answer leaves behind.
    const ledger = new NotificationLedger(db.dataSource);
    const key = {
      eventId: event.id,
      recipient: 'U-A',
      channel: 'mail' as const,
      eventSequence: event.sequence,
      eventType: 'vn.personnel.task.opened',
    };
    expect(await ledger.claim({ ...key, address: mailOf('U-A') })).toBe('claimed');
    const before = catcher.to(mailOf('U-A')).length;
    const activities = createNotificationActivities(db.dataSource, {
      transport: createMailTransport(catcher.url),
      from: 'no-reply@personnel.invalid',
      panelUrl: PANEL,
    });
    const after = String(BigInt(event.sequence) - 1n);
    const outcome = await new MockActivityEnvironment({ attempt: 2 }).run(
      activities.deliverNotificationBatch,
      {
        after,
        limit: 10,
      },
    );
    expect(outcome).toMatchObject({ cursor: event.sequence, sent: 0, skipped: 1 });
    expect(catcher.to(mailOf('U-A')).length).toBe(before);
    expect((await ledger.ofEvent(event.id)).map((r) => r.status)).toEqual(['unknown']);
  });
});
