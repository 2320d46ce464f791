import request from 'supertest';
import type { INestApplication } from '@nestjs/common';
import { readApiConfig } from '@personnel/config';
import { createTestDatabase, temporalTestAddress, type TestDatabase } from '@personnel/persistence/testing';
import {
  DEV_API_SCOPE,
  freePort,
  signInAtProvider,
  signOutAtProvider,
  startDevOidcProvider,
  type DevOidcProvider,
} from '@personnel/dev-runtime';
import { startApp } from './api-harness';

/**
 * Sign-in through a real OpenID provider (panva's oidc-provider, run in this process as a province's
 * IdP would be): its tokens, its key rotation, its logout and its disabled accounts, as the API sees them.
 */
describe('sign-in through a real OpenID provider', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let idp: DevOidcProvider;
  let panel: string;
  const http = () => request(app.getHttpServer());
  const me = (token: string) => http().get('/api/v1/auth/me').set('authorization', `Bearer ${token}`);
  const signIn = (username: string) =>
    signInAtProvider({
      issuer: idp.issuer,
      clientId: idp.clientId,
      redirectUri: `${panel}/auth/callback`,
      username,
      password: 'demo',
      scope: `openid profile ${DEV_API_SCOPE}`,
    });

  beforeAll(async () => {
    db = await createTestDatabase('api_oidc');
    // The provider posts back-channel logouts to the API, so the API listens on a port known first.
    const port = await freePort();
    panel = `http://127.0.0.1:${port}`;
    idp = await startDevOidcProvider({
      panelOrigins: [panel],
      backchannelLogoutUri: `${panel}/api/v1/auth/oidc/backchannel-logout`,
    });
    app = await startApp(
      readApiConfig({
        DATABASE_URL: db.url,
        TEMPORAL_ADDRESS: temporalTestAddress(),
        LOG_LEVEL: 'silent',
        JWT_SECRET: 'k'.repeat(40),
        OIDC_ISSUER: idp.issuer,
        OIDC_AUDIENCE: idp.audience,
        OIDC_CLIENT_ID: idp.clientId,
        OIDC_SCOPES: `openid profile ${DEV_API_SCOPE}`,
        // A key rotated in is fetched at its first token: no wait between fetches in a test.
        OIDC_JWKS_COOLDOWN_SECONDS: '0',
      }),
    );
    await app.listen(port, '127.0.0.1');
  });
  afterAll(async () => {
    await app?.close();
    await idp?.close();
    await db?.drop();
  });

  it('tells the panel, without a token, which provider and client to sign in with', async () => {
    const config = await http().get('/api/v1/auth/config');
    expect(config.status).toBe(200);
    expect(config.body).toEqual({
      local: true,
      oidc: { issuer: idp.issuer, clientId: 'personnel-panel', scopes: 'openid profile personnel' },
    });
  });

  it('maps the roles and unit of a valid access token from its claims', async () => {
    const session = await signIn('U-TCNV-01');
    const response = await me(session.accessToken);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      username: 'U-TCNV-01',
      fullName: 'Trần Văn Minh',
      roles: ['org_office', 'approver'],
      unitCode: 'DH',
    });
    const admin = await signIn('U-ADMIN');
    expect((await me(admin.accessToken)).body).toMatchObject({ roles: ['admin'], unitCode: null });
  });

  it('refuses a token of the provider meant for another audience (its ID token)', async () => {
    const session = await signIn('U-HR-01');
    const response = await me(session.idToken);
    expect(response.status).toBe(401);
    expect(response.body.message).toBe('Not signed in: the token is meant for another audience');
  });

  it('accepts tokens signed with a key the provider rotated in, without a restart', async () => {
    const before = await signIn('U-PBT-01');
    expect((await me(before.accessToken)).status).toBe(200);
    const oldKid = idp.currentKid();
    const newKid = await idp.rotateKeys();
    expect(newKid).not.toBe(oldKid);
    const after = await signIn('U-PBT-01');
    const header = JSON.parse(Buffer.from(after.accessToken.split('.')[0], 'base64url').toString());
    expect(header.kid).toBe(newKid);
    expect((await me(after.accessToken)).status).toBe(200);
    // The previous key is still published: a token it signed stays good until it expires.
    expect((await me(before.accessToken)).status).toBe(200);
  });

  it('refuses a disabled account at its next request, and the provider refuses its next sign-in', async () => {
    const session = await signIn('U-XEM-01');
    expect((await me(session.accessToken)).status).toBe(200);
    await idp.disableAccount('U-XEM-01');
    const refused = await me(session.accessToken);
    expect(refused.status).toBe(401);
    expect(refused.body.message).toBe(
      'Not signed in: you were signed out at the identity provider; sign in again',
    );
    await expect(signIn('U-XEM-01')).rejects.toThrow(/sign-in refused/);
    // Other accounts go on.
    expect((await me((await signIn('U-BT-01')).accessToken)).status).toBe(200);
  });

  it('ends the session at the provider on logout, and the API refuses its token from then on', async () => {
    const session = await signIn('U-BTV-03');
    expect((await me(session.accessToken)).status).toBe(200);
    await signOutAtProvider(idp.issuer, session, `${panel}/login`);
    const refused = await me(session.accessToken);
    expect(refused.status).toBe(401);
    expect(refused.body.message).toMatch(/signed out at the identity provider/);
  });

  it('refuses a back-channel logout that is not a logout token of the provider, naming the field', async () => {
    const session = await signIn('U-BTV-04');
    const forged = await http()
      .post('/api/v1/auth/oidc/backchannel-logout')
      .type('form')
      .send({ logout_token: session.idToken });
    expect(forged.status).toBe(400);
    expect(forged.body.message).toMatch(/^logout_token: /);
    expect((await me(session.accessToken)).status).toBe(200);
    const missing = await http().post('/api/v1/auth/oidc/backchannel-logout').type('form').send({});
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing.body.message)).toMatch(/logout_token/);
  });
});
