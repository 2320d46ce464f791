import { chmodSync, chownSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { readWorkerConfig } from '@personnel/config';
import { requireEnv } from '@personnel/persistence/testing';
import { workerDataSource } from '../src/worker';
import { makeCa, makeSignedCert } from './tls-certificates';

/**
 * The worker's database over TLS, as DATABASE_URL's sslmode and DATABASE_SSL_CA configure it, against
 * the test run's real Postgres with TLS turned on for this file (ALTER SYSTEM + reload; plain
 * connections of other files are unaffected, and it is turned off again at the end). The server's
 * certificate is made here by openssl, signed by a CA of this test, for 127.0.0.1 or for another name.
 */
describe('the worker connects to Postgres over TLS as configured', () => {
  const admin = new URL(requireEnv('TEST_PG_URL'));
  admin.hostname = '127.0.0.1';
  let dir: string;
  let ca: string;
  let otherCa: string;
  let forThisHost: { key: string; crt: string };
  let forAnotherName: { key: string; crt: string };

  const adminQuery = async <T = Record<string, unknown>>(sql: string): Promise<T[]> => {
    const client = new Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  };

  /** Serves `cert`, and waits until a new session sees it: the postmaster has reloaded its TLS context. */
  const serve = async (cert: { key: string; crt: string }) => {
    await adminQuery(`ALTER SYSTEM SET ssl_cert_file = '${cert.crt}'`);
    await adminQuery(`ALTER SYSTEM SET ssl_key_file = '${cert.key}'`);
    await adminQuery('ALTER SYSTEM SET ssl = on');
    await adminQuery('SELECT pg_reload_conf()');
    const deadline = Date.now() + 5_000;
    for (;;) {
      const [row] = await adminQuery<{ file: string; ssl: string }>(
        "SELECT current_setting('ssl_cert_file') AS file, current_setting('ssl') AS ssl",
      );
      if (row.file === cert.crt && row.ssl === 'on') return;
      if (Date.now() > deadline) throw new Error(`Postgres did not reload TLS: ${JSON.stringify(row)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  /** Whether the worker's own data source, configured by `env`, got a TLS session. */
  const sessionIsTls = async (env: Record<string, string>): Promise<boolean> => {
    const dataSource = workerDataSource(readWorkerConfig({ LOG_LEVEL: 'silent', ...env }));
    await dataSource.initialize();
    try {
      const [row] = await dataSource.query('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()');
      return row.ssl as boolean;
    } finally {
      await dataSource.destroy();
    }
  };

  const url = (sslmode: string) => {
    const u = new URL(admin);
    u.searchParams.set('sslmode', sslmode);
    return u.toString();
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pg-tls-'));
    chmodSync(dir, 0o755); // the server, run as the postgres user, reads its certificate here
    ca = makeCa(dir, 'test-ca');
    otherCa = makeCa(dir, 'other-ca');
    forThisHost = makeSignedCert(dir, 'test-ca', 'server-ip', 'IP:127.0.0.1');
    forAnotherName = makeSignedCert(dir, 'test-ca', 'server-name', 'DNS:db.example.invalid');
    // Postgres takes a key only if its own user owns it with no access for others.
    const [{ data_directory }] = await adminQuery<{ data_directory: string }>('SHOW data_directory');
    const owner = statSync(data_directory);
    for (const cert of [forThisHost, forAnotherName]) {
      chownSync(cert.key, owner.uid, owner.gid);
      chmodSync(cert.key, 0o600);
      chmodSync(cert.crt, 0o644);
    }
    await serve(forThisHost);
  });

  afterAll(async () => {
    await adminQuery('ALTER SYSTEM RESET ssl');
    await adminQuery('ALTER SYSTEM RESET ssl_cert_file');
    await adminQuery('ALTER SYSTEM RESET ssl_key_file');
    await adminQuery('SELECT pg_reload_conf()');
    rmSync(dir, { recursive: true, force: true });
  });

  it('verify-full with the CA: a TLS session to a server whose certificate names the host', async () => {
    expect(await sessionIsTls({ DATABASE_URL: url('verify-full'), DATABASE_SSL_CA: ca })).toBe(true);
    // A CA file alone means verify-full.
    expect(await sessionIsTls({ DATABASE_URL: admin.toString(), DATABASE_SSL_CA: ca })).toBe(true);
  });

  it('refuses a server signed by another CA, under verify-full and verify-ca alike', async () => {
    for (const mode of ['verify-full', 'verify-ca'])
      await expect(sessionIsTls({ DATABASE_URL: url(mode), DATABASE_SSL_CA: otherCa })).rejects.toThrow(
        /self[- ]signed|unable to verify|certificate/i,
      );
  });

  it('require encrypts without checking; disable stays plain', async () => {
    expect(await sessionIsTls({ DATABASE_URL: url('require') })).toBe(true);
    expect(await sessionIsTls({ DATABASE_URL: url('disable') })).toBe(false);
    expect(await sessionIsTls({ DATABASE_URL: admin.toString() })).toBe(false);
  });

  it('verify-full refuses a certificate for another name; verify-ca checks the chain only', async () => {
    await serve(forAnotherName);
    try {
      await expect(sessionIsTls({ DATABASE_URL: url('verify-full'), DATABASE_SSL_CA: ca })).rejects.toThrow(
        /does not match|altnames/i,
      );
      expect(await sessionIsTls({ DATABASE_URL: url('verify-ca'), DATABASE_SSL_CA: ca })).toBe(true);
    } finally {
      await serve(forThisHost);
    }
  });
});
