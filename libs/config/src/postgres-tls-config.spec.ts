import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresConnectionOptions } from './postgres-connection-options';
import { readWorkerConfig } from './service-config';

/** What reaches node-postgres for each sslmode; the real TLS sessions are in apps/worker/test/postgres-tls.spec.ts. */
describe('Postgres TLS from DATABASE_URL sslmode and DATABASE_SSL_*', () => {
  let dir: string;
  let ca: string;
  let cert: string;
  let key: string;
  const base = 'postgres://hr:pw@db.internal:5432/personnel';
  const options = (env: Record<string, string>) => postgresConnectionOptions(readWorkerConfig(env));

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'config-pg-tls-'));
    [ca, cert, key] = ['ca.pem', 'client.pem', 'client.key'].map((name) => {
      writeFileSync(join(dir, name), name.toUpperCase());
      return join(dir, name);
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('changes nothing when nothing about TLS is set', () => {
    expect(options({ DATABASE_URL: base })).toEqual({ url: base });
    expect(readWorkerConfig({ DATABASE_URL: base }).databaseTls).toBeUndefined();
  });

  it('verify-full checks chain and name against the CA given; the client certificate goes along', () => {
    const built = options({
      DATABASE_URL: `${base}?sslmode=verify-full&application_name=x`,
      DATABASE_SSL_CA: ca,
      DATABASE_SSL_CERT: cert,
      DATABASE_SSL_KEY: key,
    });
    // The URL's TLS parameters are taken out: node-postgres would let them replace the `ssl` option.
    expect(built).toEqual({
      url: `${base}?application_name=x`,
      ssl: { ca: 'CA.PEM', cert: 'CLIENT.PEM', key: 'CLIENT.KEY' },
    });
  });

  it('a CA file without sslmode means verify-full; the URL may name the files as libpq does', () => {
    expect(options({ DATABASE_URL: base, DATABASE_SSL_CA: ca })).toEqual({
      url: base,
      ssl: { ca: 'CA.PEM' },
    });
    expect(
      options({ DATABASE_URL: `${base}?sslmode=verify-full&sslrootcert=${encodeURIComponent(ca)}` }),
    ).toEqual({
      url: base,
      ssl: { ca: 'CA.PEM' },
    });
  });

  it('verify-ca and require-with-CA skip the name check; require alone does not verify; disable is plain', () => {
    const verifyCa = options({ DATABASE_URL: `${base}?sslmode=verify-ca`, DATABASE_SSL_CA: ca }).ssl;
    expect(verifyCa).toMatchObject({ ca: 'CA.PEM' });
    expect(verifyCa && verifyCa.checkServerIdentity?.('db.internal', {} as never)).toBeUndefined();
    expect(verifyCa && 'rejectUnauthorized' in verifyCa).toBe(false);
    expect(options({ DATABASE_URL: `${base}?sslmode=require`, DATABASE_SSL_CA: ca }).ssl).toMatchObject({
      ca: 'CA.PEM',
      checkServerIdentity: expect.any(Function),
    });
    expect(options({ DATABASE_URL: `${base}?sslmode=require` })).toEqual({
      url: base,
      ssl: { rejectUnauthorized: false },
    });
    expect(options({ DATABASE_URL: `${base}?sslmode=disable` })).toEqual({ url: base, ssl: false });
  });

  it('names what cannot work', () => {
    expect(() => readWorkerConfig({ DATABASE_URL: `${base}?sslmode=prefer` })).toThrow(
      /sslmode="prefer" must be one of: disable, require, verify-ca, verify-full \(node-postgres cannot fall back/,
    );
    expect(() => readWorkerConfig({ DATABASE_URL: `${base}?sslmode=verify-ca` })).toThrow(
      /sslmode=verify-ca needs the CA: set DATABASE_SSL_CA/,
    );
    expect(() => readWorkerConfig({ DATABASE_URL: base, DATABASE_SSL_CERT: cert })).toThrow(
      /DATABASE_SSL_CERT and DATABASE_SSL_KEY must be set together/,
    );
    expect(() => readWorkerConfig({ DATABASE_URL: base, DATABASE_SSL_CA: join(dir, 'absent.pem') })).toThrow(
      /DATABASE_SSL_CA=".*absent.pem" cannot be read \(ENOENT\)/,
    );
    expect(() => readWorkerConfig({ DATABASE_URL: `${base}?sslmode=disable`, DATABASE_SSL_CA: ca })).toThrow(
      /sslmode=disable contradicts DATABASE_SSL_CA/,
    );
  });
});
