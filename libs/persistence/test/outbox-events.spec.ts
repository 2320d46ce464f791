import { randomUUID } from 'node:crypto';
import { recordProcedureStep } from '../src/journal';
import { EventFeedQueries, WebhookSubscriptions, eventId } from '../src/events';
import { writeDecidedAssignment } from '../src/registry';
import {
  createTestDatabase,
  laterStep,
  procedureStepInput,
  procedureTask,
  type TestDatabase,
} from '../src/testing';

describe('the journal is the outbox (real Postgres)', () => {
  let db: TestDatabase;
  let feed: EventFeedQueries;
  beforeAll(async () => {
    db = await createTestDatabase('outbox_events');
    feed = new EventFeedQueries(db.dataSource);
    const q = (sql: string) => db.dataSource.query(sql);
    await q(
      `INSERT INTO unit (code, name, level, locality_code) VALUES ('DH', 'Huyện Đầm Hà', 'district', 'QN-DH')`,
    );
    await q(`INSERT INTO unit (code, name, level, locality_code, parent_id)
             SELECT c.code, c.name, 'commune', c.loc, u.id FROM unit u,
               (VALUES ('DH-QA', 'Xã Quảng An', 'QN-DH-QA'), ('DH-QL', 'Xã Quảng Lợi', 'QN-DH-QL')) AS c(code, name, loc)
             WHERE u.code = 'DH'`);
    await q(`INSERT INTO post (code, title, unit_id, level, is_head, single_holder, standards)
             SELECT 'QA-CT', 'Chủ tịch', u.id, 'commune', true, true, '{"requiredCourseCodes":[]}'::jsonb
             FROM unit u WHERE u.code = 'DH-QA'`);
    await q(`INSERT INTO post (code, title, unit_id, level, standards)
             SELECT 'QA-VP', 'Văn phòng', u.id, 'commune', '{"requiredCourseCodes":[]}'::jsonb
             FROM unit u WHERE u.code = 'DH-QA'`);
    await q(`INSERT INTO cadre (code, full_name, search_name, gender, birth_date, hometown_locality_code, ethnicity,
                                education, political_theory, state_management, party_member, status)
             VALUES ('CB-1', 'Nguyễn Văn An', 'nguyen van an', 'male', '1980-05-17', 'QN-DH-QL', 'Kinh',
                     'bachelor', 'advanced', 'principal', true, 'active'),
                    ('CB-9', 'Lê Văn Chín', 'le van chin', 'male', '1975-05-17', 'QN-DH-QL', 'Kinh',
                     'bachelor', 'advanced', 'principal', true, 'active')`);
    await q(`INSERT INTO assignment (cadre_id, kind, unit_id, post_id, from_date)
             SELECT c.id, 'appointment', p.unit_id, p.id, '2020-01-01' FROM cadre c, post p
             WHERE (c.code, p.code) IN (('CB-1', 'QA-VP'), ('CB-9', 'QA-CT'))`);
  });
  afterAll(() => db.drop());

  const eventsOf = async (subject: string) =>
    (await db.dataSource.query(
      'SELECT sequence::int AS sequence, id, type, step_key FROM outbox_event WHERE subject = $1 ORDER BY sequence',
      [subject],
    )) as { sequence: number; id: string; type: string; step_key: string }[];

  it('writes a step’s events once, whatever the retries, in the step’s transaction', async () => {
    const first = procedureStepInput({
      workflowId: 'rotation/CB-1/1',
      tasks: [procedureTask({ key: 'review' })],
    });
    await recordProcedureStep(db.dataSource, first);
    await Promise.all([1, 2, 3].map(() => recordProcedureStep(db.dataSource, first)));
    const events = await eventsOf('rotation/CB-1/1');
    expect(events.map((e) => e.type)).toEqual([
      'vn.personnel.procedure.started',
      'vn.personnel.procedure.stage_entered',
      'vn.personnel.task.opened',
    ]);
    expect(events[0].id).toBe(eventId('rotation/CB-1/1', 'proposed', 'vn.personnel.procedure.started', ''));

    const decided = {
      ...laterStep(first, 1, 'decision'),
      kind: 'decided',
      payload: {
        number: 'QĐ-7',
        effectiveDate: '2026-04-01',
        signedAt: '2026-03-03T02:00:00.000Z',
        signerId: 'U-L',
      },
      tasks: [
        procedureTask({
          key: 'review',
          status: 'done',
          outcome: 'approve',
          completedAt: '2026-03-03T02:00:00.000Z',
        }),
      ],
    };
    await Promise.all([1, 2].map(() => recordProcedureStep(db.dataSource, decided)));
    const after = await eventsOf('rotation/CB-1/1');
    expect(after.slice(3).map((e) => e.type)).toEqual([
      'vn.personnel.procedure.stage_entered',
      'vn.personnel.task.decided',
      'vn.personnel.decision.signed',
    ]);
    expect(after.map((e) => e.sequence)).toEqual([...after.map((e) => e.sequence)].sort((a, b) => a - b));
  });

  it('writes nothing when the step is refused: the events roll back with the journal row', async () => {
    const bad = procedureStepInput({
      workflowId: 'rotation/CB-1/2',
      tasks: [procedureTask({ key: 'x', kind: 'no_such_kind' as never })],
    });
    await expect(recordProcedureStep(db.dataSource, bad)).rejects.toThrow();
    expect(await eventsOf('rotation/CB-1/2')).toEqual([]);
  });

  it('tells the assignment a decision wrote and the one it ended, once', async () => {
    const input = {
      workflowId: 'appointment/QA-CT/1',
      cadreId: 'CB-1',
      postId: 'QA-CT',
      effectiveDate: '2026-04-01',
      decisionRef: 'QĐ-11',
      kind: 'appointment' as const,
    };
    const written = await writeDecidedAssignment(db.dataSource, input);
    await writeDecidedAssignment(db.dataSource, input);
    const rows: { type: string; data: Record<string, unknown> }[] = await db.dataSource.query(
      `SELECT type, data FROM outbox_event WHERE subject = 'appointment/QA-CT/1' ORDER BY sequence`,
    );
    expect(rows.map((r) => r.type)).toEqual([
      'vn.personnel.assignment.ended',
      'vn.personnel.assignment.ended',
      'vn.personnel.assignment.started',
    ]);
    const ended = rows
      .filter((r) => r.type.endsWith('ended'))
      .map((r) => [r.data['cadreId'], r.data['postId'], r.data['toDate']]);
    expect(ended.sort()).toEqual([
      ['CB-1', 'QA-VP', '2026-03-31'],
      ['CB-9', 'QA-CT', '2026-03-31'],
    ]);
    expect(rows[2].data).toEqual({
      assignmentId: written.assignmentId,
      cadreId: 'CB-1',
      postId: 'QA-CT',
      unitCode: 'DH-QA',
      assignmentKind: 'appointment',
      fromDate: '2026-04-01',
      decisionRef: 'QĐ-11',
    });
  });

  it('serves the feed after a cursor as CloudEvents, within the reader’s units', async () => {
    await recordProcedureStep(
      db.dataSource,
      procedureStepInput({
        workflowId: 'rotation/CB-9/1',
        procedure: { unitCode: 'DH-QL', subjectCadreIds: ['CB-9'] },
      }),
    );
    const all = await feed.after('0', { limit: 1000 });
    expect(all.length).toBeGreaterThan(5);
    expect(all[0]).toMatchObject({
      specversion: '1.0',
      source: '/personnel',
      type: 'vn.personnel.procedure.started',
      subject: 'rotation/CB-1/1',
      datacontenttype: 'application/json',
      unitcode: 'DH-QA',
    });
    const cursor = all[2].sequence;
    expect(all.map((e) => Number(e.sequence))).toEqual(
      all.map((e) => Number(e.sequence)).sort((a, b) => a - b),
    );
    const rest = await feed.after(cursor, { limit: 1000 });
    expect(rest.map((e) => e.id)).toEqual(all.slice(3).map((e) => e.id));
    const ql = await feed.after('0', { limit: 1000, unitCodes: ['DH-QL'] });
    expect(ql.map((e) => e.subject)).toEqual(['rotation/CB-9/1', 'rotation/CB-9/1']);
    expect(await feed.after('0', { limit: 1000, types: ['vn.personnel.decision.signed'] })).toHaveLength(1);
    expect(await feed.head()).toBe(all[all.length - 1].sequence);
  });

  it('gives a subscription the events of its types and its units’ subtrees; logs each attempt once', async () => {
    const subs = new WebhookSubscriptions(db.dataSource);
    const id = randomUUID();
    await subs.create({
      id,
      url: 'http://127.0.0.1:9/hook',
      description: 'payroll',
      eventTypes: ['vn.personnel.procedure.started'],
      unitCodes: ['DH'],
      secret: 'whsec_c2VjcmV0',
      createdBy: 'U-ADMIN',
      startAfter: '0',
    });
    const pending = await subs.pendingEvents(id, '0', 100);
    expect(pending.map((e) => e.subject)).toEqual(['rotation/CB-1/1', 'rotation/CB-9/1']);
    await subs.update(id, { unitCodes: ['DH-QL'] });
    expect((await subs.pendingEvents(id, '0', 100)).map((e) => e.subject)).toEqual(['rotation/CB-9/1']);
    const attempt = {
      attemptKey: `run/1/1/${pending[0].id}`,
      subscriptionId: id,
      event: pending[0],
      status: 'failed' as const,
      httpStatus: 500,
      error: 'HTTP 500',
      durationMs: 3,
      attemptedAt: '2026-03-02T02:00:00.000Z',
    };
    expect(await subs.recordAttempt(attempt)).toBe(true);
    expect(await subs.recordAttempt(attempt)).toBe(false);
    expect(await subs.attempts(id, { limit: 10 })).toEqual([
      expect.objectContaining({ eventId: pending[0].id, status: 'failed', httpStatus: 500 }),
    ]);
    await subs.setDelivered(id, '5');
    await subs.setDelivered(id, '3');
    expect((await subs.get(id))?.deliveredSequence).toBe('5');
    await subs.setDelivered(id, '3', true);
    expect((await subs.get(id))?.deliveredSequence).toBe('3');
    expect(await subs.target(id)).toMatchObject({ secret: 'whsec_c2VjcmV0' });
    expect(JSON.stringify(await subs.list())).not.toContain('whsec_');
  });
});
