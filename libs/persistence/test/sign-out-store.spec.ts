import { SignOutStore } from '../src/users';
import { createTestDatabase, type TestDatabase } from '../src/testing';

describe('OpenID sign-outs (real Postgres)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('sign_outs');
  });
  afterAll(() => db.drop());

  it('keeps the latest sign-out per issuer and subject, whatever order the logout tokens arrive in', async () => {
    const store = new SignOutStore(db.dataSource);
    const issuer = 'https://id.example.gov.vn/realms/hr';
    expect(await store.signedOutAt(issuer, 'U-HR-01')).toBeUndefined();
    await store.record(issuer, 'U-HR-01', new Date('2026-12-02T10:00:05Z'));
    // A logout token delivered late (or twice) does not move the time back.
    await store.record(issuer, 'U-HR-01', new Date('2026-12-02T09:00:00Z'));
    await store.record(issuer, 'U-HR-01', new Date('2026-12-02T10:00:05Z'));
    expect(await store.signedOutAt(issuer, 'U-HR-01')).toEqual(new Date('2026-12-02T10:00:05Z'));
    await store.record(issuer, 'U-HR-01', new Date('2026-12-02T11:30:00Z'));
    expect(await store.signedOutAt(issuer, 'U-HR-01')).toEqual(new Date('2026-12-02T11:30:00Z'));
    // Another subject, or the same one at another issuer, is not signed out.
    expect(await store.signedOutAt(issuer, 'U-BT-01')).toBeUndefined();
    expect(await store.signedOutAt('https://other.example', 'U-HR-01')).toBeUndefined();
  });
});
