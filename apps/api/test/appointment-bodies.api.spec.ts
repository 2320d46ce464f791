import request from 'supertest';
import type { ConferenceBody, ConferenceView, Role } from '@personnel/contracts';
import { addLocalUsers, authHeaders, startApiWithWorker, type ApiUnderTest } from './api-harness';
import {
  APPOINTMENTS,
  appointmentBody,
  MEMBERS,
  planFor,
  seedDirectory,
  seedRegistry,
  waitUntil,
  holdConference as holdAppointmentConference,
} from './appointment-fixtures';

const POST = 'QA-BD-1';
const HR = 'U-HR';
const NEW_MEMBER = 'U-NEW';
const SHEET = 'c'.repeat(64);
/** U-M4 leaves the collective; U-M3 leaves the key-cadre conference, whose new secretary is U-NEW. */
const NEW_COLLECTIVE: ConferenceBody = {
  summonedIds: ['U-M1', 'U-M2', 'U-M3', NEW_MEMBER, 'U-M5'],
  secretaryId: 'U-M5',
  headId: 'U-M1',
};
const NEW_KEY_CADRE: ConferenceBody = {
  summonedIds: ['U-M1', 'U-M2', NEW_MEMBER, 'U-M4', 'U-M5'],
  secretaryId: NEW_MEMBER,
  headId: 'U-M1',
};

/**
 * HR changes who sits in the conferences still to come. The first conference is convened right after the
 * eligibility check, before any change can reach it, so it keeps its members; the change shows at the
 * later steps: the collective at step 3, the key-cadre conference (and its new secretary) at step 4.
 */
describe('changing the conference bodies of a running procedure (real worker)', () => {
  let api: ApiUnderTest;
  let id: string;
  const server = () => api.app.getHttpServer();
  const auth = (username: string, roles: Role[]) => authHeaders(api, username, roles);
  const hr = () => auth(HR, ['hr_officer']);
  const pathOf = (appointmentId: string) => `${APPOINTMENTS}/${appointmentId.split('/').slice(1).join('/')}`;
  const bodies = () => `${pathOf(id)}/bodies`;
  const conference = (index: number) => `${pathOf(id)}/conferences/${index}`;
  const detail = async () =>
    (
      await request(server())
        .get(pathOf(id))
        .set(await hr())
    ).body;
  const view = async (index: number): Promise<ConferenceView> =>
    (
      await request(server())
        .get(conference(index))
        .set(await hr())
    ).body;
  const fieldsOf = (res: request.Response): string[] =>
    (res.body.details ?? []).map((d: { field: string }) => d.field);

  const holdConference = (index: number) => holdAppointmentConference(api, id, index, SHEET);

  beforeAll(async () => {
    api = await startApiWithWorker();
    await seedRegistry(api, [POST]);
    await seedDirectory(api);
    await addLocalUsers(api, [
      { username: NEW_MEMBER, fullName: 'Member U-NEW', roles: ['approver'], unitCode: 'DH' },
    ]);
    await planFor(api, 'CB-A1', POST);
    const started = await request(server())
      .post(APPOINTMENTS)
      .set(await hr())
      .send(appointmentBody({ postId: POST }));
    expect(started.status).toBe(201);
    id = started.body.id;
    await waitUntil(
      'the first conference',
      async () =>
        (
          await request(server())
            .get(conference(1))
            .set(await hr())
        ).status === 200,
    );
  }, 120_000);
  afterAll(() => api?.close());

  it('refuses a viewer (403) and checks the bodies like the start: each bad field named (400)', async () => {
    const viewer = await request(server())
      .post(bodies())
      .set(await auth('U-XEM', ['viewer']))
      .send({ collective: NEW_COLLECTIVE, reason: 'Thay đổi thành phần' });
    expect(viewer.status).toBe(403);

    const unknown = await request(server())
      .post(bodies())
      .set(await hr())
      .send({
        keyCadreConference: { ...NEW_KEY_CADRE, summonedIds: ['U-M1', 'U-M2', 'U-NOBODY'] },
        reason: 'Thay đổi thành phần',
      });
    expect(unknown.status).toBe(400);
    expect(fieldsOf(unknown)).toEqual(['keyCadreConference.summonedIds[2]']);

    const proposer = await request(server())
      .post(bodies())
      .set(await hr())
      .send({ collective: { ...NEW_COLLECTIVE, secretaryId: HR }, reason: 'Thay đổi thành phần' });
    expect(proposer.status).toBe(400);
    expect(fieldsOf(proposer)).toContain('collective.secretaryId');

    const none = await request(server())
      .post(bodies())
      .set(await hr())
      .send({ reason: 'Thay đổi thành phần' });
    expect(none.status).toBe(400);
    expect(fieldsOf(none)).toEqual(['collective']);
    expect(none.body.details).toEqual([
      {
        field: 'collective',
        code: 'body_required',
        params: { fields: ['collective', 'expandedConference', 'keyCadreConference', 'homeUnitConference'] },
        problem:
          'Phải nêu ít nhất một hội nghị trong số: collective, expandedConference, keyCadreConference, homeUnitConference.',
        reason:
          'or another body (collective, expandedConference, keyCadreConference, homeUnitConference) must be given',
      },
    ]);
    const noneInEnglish = await request(server())
      .post(bodies())
      .set({ ...(await hr()), 'accept-language': 'en' })
      .send({ reason: 'Thay đổi thành phần' });
    expect(noneInEnglish.body.details[0]).toMatchObject({
      code: 'body_required',
      problem:
        'or another body (collective, expandedConference, keyCadreConference, homeUnitConference) must be given',
    });

    for (const reason of ['   ', 'x'.repeat(1001), undefined]) {
      const bad = await request(server())
        .post(bodies())
        .set(await hr())
        .send({ collective: NEW_COLLECTIVE, reason });
      expect(bad.status).toBe(400);
      expect(fieldsOf(bad)).toContain('reason');
    }

    expect((await detail()).status.bodies.collective).toEqual(appointmentBody().collective);
  });

  it('replaces the bodies for the conferences still to come: HR, with a reason', async () => {
    const changed = await request(server())
      .post(bodies())
      .set(await hr())
      .send({
        collective: NEW_COLLECTIVE,
        keyCadreConference: NEW_KEY_CADRE,
        reason: '  Đồng chí U-M4 và U-M3 nghỉ hưu.  ',
      });
    expect(changed.status).toBe(200);
    expect(changed.body.state).toBe('in_progress');
    expect(changed.body.bodies).toMatchObject({
      collective: NEW_COLLECTIVE,
      keyCadreConference: NEW_KEY_CADRE,
      expandedConference: appointmentBody().expandedConference,
    });
    expect((await detail()).status.bodies.collective.summonedIds).toContain(NEW_MEMBER);
    await waitUntil('the recorded change', async () =>
      (await detail()).timeline.some((e: { kind: string }) => e.kind === 'bodies_changed'),
    );
    const entry = (await detail()).timeline.find((e: { kind: string }) => e.kind === 'bodies_changed');
    expect(entry).toMatchObject({ actor: HR, payload: { reason: 'Đồng chí U-M4 và U-M3 nghỉ hưu.' } });
  });

  it('keeps the members of the conference already convened; the later ones sit as changed', async () => {
    const first = await holdConference(1);
    expect(first.summonedIds).toEqual(MEMBERS);
    await holdConference(2);
    const third = await holdConference(3);
    expect(third).toMatchObject({ kind: 'collective_selects', summonedIds: NEW_COLLECTIVE.summonedIds });

    await waitUntil(
      'conference 4',
      async () =>
        (
          await request(server())
            .get(conference(4))
            .set(await hr())
        ).status === 200,
    );
    const fourth = await view(4);
    expect(fourth).toMatchObject({
      kind: 'key_cadre_conference',
      summonedIds: NEW_KEY_CADRE.summonedIds,
      secretaryId: NEW_MEMBER,
    });
    const formerSecretary = await request(server())
      .post(`${conference(4)}/attendance`)
      .set(await auth('U-M5', ['approver']))
      .send({ present: NEW_KEY_CADRE.summonedIds });
    // The conference's secretary is the new member now: the former one's command is another's (403).
    expect(formerSecretary.status).toBe(403);
    expect(formerSecretary.body).toMatchObject({
      code: 'not_secretary',
      params: { secretaryId: NEW_MEMBER },
    });
    await holdConference(4);
    await waitUntil('conference 5', async () => (await detail()).stage === 'collective_votes');
  });
});
