import request from 'supertest';
import type { ConferenceView, Role, StandingBodyMember } from '@personnel/contracts';
import { addLocalUsers, authHeaders, startApiWithWorker, type ApiUnderTest } from './api-harness';
import {
  APPOINTMENTS,
  appointmentBody,
  appointmentPath,
  planFor,
  seedDirectory,
  seedRegistry,
  waitUntil,
} from './appointment-fixtures';
import { expectFieldProblems } from './coded-problems';

const BODIES = '/api/v1/standing-bodies';
const TEMPLATES = '/api/v1/sign-off-templates';
const POST = 'QA-SB-1';
const m = (userId: string, role: StandingBodyMember['role'] = 'member'): StandingBodyMember => ({
  userId,
  role,
});
const COMMITTEE = [m('U-M1', 'head'), m('U-M2'), m('U-M3'), m('U-M5', 'secretary')];
const CONFERENCE = [m('U-M1', 'head'), m('U-M2'), m('U-M3'), m('U-M4'), m('U-M5', 'secretary')];
const CHAIN = [{ key: 'org-office', label: 'Thẩm định', assigneeIds: ['U-APP'] }];

/**
 * Standing bodies and sign-off templates over HTTP: HR of the unit keeps them (each bad field named, in
 * the caller's language; a stale version refused), the start form's defaults for a post, and a start
 * that names bodies by id and takes the post's chain, copying the members so a later edit changes
 * nothing in the running procedure.
 */
describe('standing bodies and sign-off templates API (real Temporal, Postgres and worker)', () => {
  let api: ApiUnderTest;
  const server = () => api.app.getHttpServer();
  const auth = (username: string, roles: Role[], unitCode: string | null = 'DH') =>
    authHeaders(api, username, roles, unitCode);
  const hr = () => auth('U-HR', ['hr_officer']);
  const fieldsOf = (res: request.Response): string[] =>
    res.body.details?.map((d: { field: string }) => d.field);
  const create = async (body: Record<string, unknown>, as = hr()) =>
    request(server())
      .post(BODIES)
      .set(await as)
      .send(body);

  beforeAll(async () => {
    api = await startApiWithWorker({});
    await seedRegistry(api, [POST, 'QA-SB-2']);
    await seedDirectory(api);
    await addLocalUsers(api, [
      { username: 'U-QL-1', fullName: 'Member U-QL-1', roles: ['approver'], unitCode: 'DH-QL' },
    ]);
    await planFor(api, 'CB-A1', POST);
  }, 90_000);
  afterAll(() => api?.close());

  it('HR keeps the district standing committee and a commune conference, read back with their members', async () => {
    const committee = await create({
      code: 'DH-BTV',
      name: 'Ban Thường vụ Huyện ủy',
      unitCode: 'DH',
      kind: 'standing_committee',
      members: COMMITTEE,
    });
    expect(committee.status).toBe(201);
    expect(committee.body).toMatchObject({
      code: 'DH-BTV',
      unitName: 'Huyện Đầm Hà',
      members: COMMITTEE,
      version: 1,
    });
    for (const [code, kind] of [
      ['QA-MR', 'expanded_conference'],
      ['QA-CC', 'key_cadre_conference'],
    ])
      expect(
        (await create({ code, name: `Hội nghị ${code}`, unitCode: 'DH-QA', kind, members: CONFERENCE }))
          .status,
      ).toBe(201);
    const list = await request(server())
      .get(`${BODIES}?unitCode=DH-QA`)
      .set(await auth('U-XEM', ['viewer']));
    expect(list.status).toBe(200);
    expect(list.body.map((b: { code: string }) => b.code)).toEqual(['QA-CC', 'QA-MR']);
    const one = await request(server())
      .get(`${BODIES}/DH-BTV`)
      .set(await hr());
    expect(one.body).toEqual(committee.body);
  });

  it.each([
    [{ members: [m('U-M1'), m('U-M5', 'secretary')] }, 'members'],
    [{ members: [m('U-M1', 'head'), m('U-NOBODY'), m('U-M5', 'secretary')] }, 'members[1].userId'],
    [{ members: [m('U-M1', 'head'), m('U-M1'), m('U-M5', 'secretary')] }, 'members[1].userId'],
    [{ members: [m('U-M1', 'head'), m('U-QL-1'), m('U-M5', 'secretary')] }, 'members[1].userId'],
    [{ members: [{ userId: 'U-M1', role: 'chair' }] }, 'members[0].role'],
    [{ kind: 'club' }, 'kind'],
    [{ name: '   ' }, 'name'],
  ])('refuses %j with 400 naming %s, and writes nothing', async (over, field) => {
    const res = await create({
      code: 'QA-BAD',
      name: 'Hội nghị',
      unitCode: 'DH-QA',
      kind: 'other',
      members: CONFERENCE,
      ...over,
    });
    expect(res.status).toBe(400);
    expect(fieldsOf(res)).toContain(field);
    expect(
      (
        await request(server())
          .get(`${BODIES}/QA-BAD`)
          .set(await hr())
      ).status,
    ).toBe(404);
  });

  it('refuses a unit that does not exist, naming unitCode (admin: whose scope holds every unit)', async () => {
    const res = await create(
      { code: 'QA-BAD', name: 'x', unitCode: 'DH-NONE', kind: 'other', members: CONFERENCE },
      auth('U-ADM', ['admin'], null),
    );
    expect(res.status).toBe(400);
    expect(fieldsOf(res)).toEqual(['unitCode']);
  });

  it('names the bad field in Vietnamese by default and in English when asked', async () => {
    const body = { code: 'QA-X', name: 'x', unitCode: 'DH-QA', kind: 'other', members: [m('U-M1')] };
    const vi = await create(body);
    expect(vi.body.message).toBe('Dữ liệu chưa hợp lệ ở trường: members.');
    const en = await request(server())
      .post(BODIES)
      .set(await hr())
      .set('Accept-Language', 'en')
      .send(body);
    expect(en.body.message).toBe('Invalid fields: members.');
  });

  it('answers each problem as a code with params, written in Vietnamese by default and in English when asked', async () => {
    // A head from another commune (who could never open a task of DH-QA), and no secretary.
    const body = {
      code: 'QA-X',
      name: 'x',
      unitCode: 'DH-QA',
      kind: 'other',
      members: [m('U-QL-1', 'head')],
    };
    const vi = await create(body);
    expectFieldProblems(vi, [
      {
        field: 'members',
        code: 'no_secretary',
        params: {},
        problem: 'Tập thể phải có một thư ký.',
        reason: 'must name one secretary (role secretary)',
      },
      {
        field: 'members[0].userId',
        code: 'user_out_of_reach',
        params: { user: 'U-QL-1', userUnit: 'DH-QL', unit: 'DH-QA' },
        problem: 'U-QL-1 thuộc đơn vị DH-QL, không xem và xử lý được hồ sơ của đơn vị DH-QA.',
        reason: 'names U-QL-1 of unit DH-QL, who can neither see nor act in unit DH-QA',
      },
    ]);
    const en = await request(server())
      .post(BODIES)
      .set(await hr())
      .set('Accept-Language', 'en')
      .send(body);
    expect(en.body.details.map((d: { code: string; problem: string }) => [d.code, d.problem])).toEqual([
      ['no_secretary', 'must name one secretary (role secretary)'],
      ['user_out_of_reach', 'names U-QL-1 of unit DH-QL, who can neither see nor act in unit DH-QA'],
    ]);
    // A constraint of the body's shape: its code and the bound it broke.
    const long = await create({ ...body, members: CONFERENCE, name: 'x'.repeat(201) });
    expect(long.body.details).toEqual([
      expect.objectContaining({ field: 'name', code: 'too_long', params: { max: 200 } }),
    ]);
    expect(long.body.details[0].problem).toBe('Trường name chỉ được tối đa 200 ký tự.');
  });

  it("lets only HR of the body's unit write it, and hides other units' bodies", async () => {
    const body = { code: 'QA-Y', name: 'x', unitCode: 'DH-QA', kind: 'other', members: CONFERENCE };
    expect((await create(body, auth('U-XEM', ['viewer']))).status).toBe(403);
    expect((await create(body, auth('U-HR-QL', ['hr_officer'], 'DH-QL'))).status).toBe(403);
    const other = await request(server())
      .get(`${BODIES}/QA-MR`)
      .set(await auth('U-HR-QL', ['hr_officer'], 'DH-QL'));
    expect(other.status).toBe(404);
    const put = await request(server())
      .put(`${BODIES}/QA-MR`)
      .set(await auth('U-HR-QL', ['hr_officer'], 'DH-QL'))
      .send({ name: 'x', kind: 'other', members: CONFERENCE, active: true, version: 1 });
    expect(put.status).toBe(404);
  });

  it('changes a body under the version read, and refuses a stale version with 409', async () => {
    const change = async (version: number, name: string) =>
      request(server())
        .put(`${BODIES}/QA-CC`)
        .set(await hr())
        .send({ name, kind: 'key_cadre_conference', members: CONFERENCE, active: true, version });
    const first = await change(1, 'Hội nghị cán bộ chủ chốt xã Quảng An');
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);
    const stale = await change(1, 'Tên cũ');
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('stale_version');
    expect(
      (
        await request(server())
          .get(`${BODIES}/QA-CC`)
          .set(await hr())
      ).body.name,
    ).toBe('Hội nghị cán bộ chủ chốt xã Quảng An');
  });

  it("keeps a post's sign-off template: exactly one scope, people of the directory, the version read", async () => {
    const template = {
      code: 'T-SB-1',
      name: 'Bổ nhiệm Chủ tịch',
      unitCode: 'DH-QA',
      signOffMode: 'parallel',
      steps: CHAIN,
      signerId: 'U-LEAD',
    };
    const both = await request(server())
      .post(TEMPLATES)
      .set(await hr())
      .send({ ...template, postCode: POST, postTitle: 'Chủ tịch' });
    expect(both.status).toBe(400);
    expect(fieldsOf(both)).toContain('postCode');
    const nobody = await request(server())
      .post(TEMPLATES)
      .set(await hr())
      .send({ ...template, postCode: POST, signerId: 'U-NOBODY' });
    expect(fieldsOf(nobody)).toEqual(['signerId']);
    const created = await request(server())
      .post(TEMPLATES)
      .set(await hr())
      .send({ ...template, postCode: POST });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ postCode: POST, postTitle: null, steps: CHAIN, version: 1 });
    const put = (version: number) =>
      hr().then((h) =>
        request(server()).put(`${TEMPLATES}/T-SB-1`).set(h).send({
          name: 'Bổ nhiệm Chủ tịch UBND xã',
          signOffMode: 'parallel',
          steps: CHAIN,
          signerId: 'U-LEAD',
          active: true,
          version,
        }),
      );
    expect((await put(1)).status).toBe(200);
    expect((await put(1)).status).toBe(409);
  });

  it("gives the start form the post's holder, the bodies of its unit and above, and its template", async () => {
    const res = await request(server())
      .get(`${APPOINTMENTS}/start-defaults?postId=${POST}`)
      .set(await hr());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      postId: POST,
      holder: null,
      beingFilledBy: null,
      template: { code: 'T-SB-1' },
    });
    expect(res.body.standingBodies.map((b: { code: string }) => b.code)).toEqual([
      'QA-CC',
      'QA-MR',
      'DH-BTV',
    ]);
    expect(
      (
        await request(server())
          .get(`${APPOINTMENTS}/start-defaults?postId=NONE`)
          .set(await hr())
      ).status,
    ).toBe(404);
  });

  it('refuses a start naming an unknown body, a body of another commune, or a body twice', async () => {
    await create({
      code: 'QL-MR',
      name: 'Hội nghị Quảng Lâm',
      unitCode: 'DH-QL',
      kind: 'expanded_conference',
      members: [m('U-M1', 'head'), m('U-M5', 'secretary')],
    });
    const start = async (over: Record<string, unknown>) =>
      request(server())
        .post(APPOINTMENTS)
        .set(await hr())
        .send(appointmentBody({ postId: 'QA-SB-2', ...over }));
    const unknown = await start({ collective: undefined, standingBodyIds: { collective: 'NONE' } });
    expect(fieldsOf(unknown)).toEqual(['standingBodyIds.collective']);
    const elsewhere = await start({
      expandedConference: undefined,
      standingBodyIds: { expandedConference: 'QL-MR' },
    });
    expect(fieldsOf(elsewhere)).toEqual(['standingBodyIds.expandedConference']);
    const twice = await start({ standingBodyIds: { collective: 'DH-BTV' } });
    expect(fieldsOf(twice)).toEqual(['standingBodyIds.collective']);
    const noChain = await start({ signOff: undefined, signOffMode: undefined, signerId: undefined });
    expect(fieldsOf(noChain)).toEqual(['signOffMode', 'signOff', 'signerId']);
  });

  it("starts with the bodies picked by id and the post's chain, and a later edit of a body changes nothing in it", async () => {
    const res = await request(server())
      .post(APPOINTMENTS)
      .set(await hr())
      .send({
        candidateIds: ['CB-A1'],
        postId: POST,
        source: 'local',
        standingBodyIds: { collective: 'DH-BTV', expandedConference: 'QA-MR', keyCadreConference: 'QA-CC' },
      });
    expect(res.status).toBe(201);
    const path = `${appointmentPath(res.body.id)}/conferences/1`;
    await waitUntil(
      'the first conference',
      async () =>
        (
          await request(server())
            .get(path)
            .set(await hr())
        ).status === 200,
    );
    const committee = (
      await request(server())
        .get(`${BODIES}/DH-BTV`)
        .set(await hr())
    ).body;
    const edited = await request(server())
      .put(`${BODIES}/DH-BTV`)
      .set(await hr())
      .send({
        name: committee.name,
        kind: committee.kind,
        members: CONFERENCE,
        active: true,
        version: committee.version,
      });
    expect(edited.status).toBe(200);
    const first: ConferenceView = (
      await request(server())
        .get(path)
        .set(await hr())
    ).body;
    expect(first).toMatchObject({
      summonedIds: COMMITTEE.map((x) => x.userId),
      secretaryId: 'U-M5',
      headId: 'U-M1',
    });
    const detail = (
      await request(server())
        .get(appointmentPath(res.body.id))
        .set(await hr())
    ).body;
    const proposed = detail.timeline.find((e: { kind: string }) => e.kind === 'proposed');
    expect(proposed.payload).toMatchObject({ signOffMode: 'parallel', signOff: CHAIN, signerId: 'U-LEAD' });
  }, 60_000);
});
