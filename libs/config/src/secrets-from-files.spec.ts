import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readApiConfig, readWorkerConfig } from './service-config';

/** Secrets as Docker and Kubernetes mount them: one file each, named by `<NAME>_FILE`. */
describe('secrets read from files (<NAME>_FILE)', () => {
  let dir: string;
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'config-secrets-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('takes the JWT secret, the database URL and the Temporal API key from their files', () => {
    const secret = 's'.repeat(40);
    const config = readApiConfig({
      JWT_SECRET_FILE: file('jwt', `${secret}\n`), // the newline an editor or `echo` adds is dropped
      DATABASE_URL_FILE: file('db', 'postgres://hr:p%40ss@db.internal:5432/hr'),
      TEMPORAL_API_KEY_FILE: file('key', 'api-key-123\r\n'),
    });
    expect(config.auth).toMatchObject({ jwtSecret: secret, ephemeralSecret: false });
    expect(config.databaseUrl).toBe('postgres://hr:p%40ss@db.internal:5432/hr');
    expect(config.temporal.apiKey).toBe('api-key-123');
  });

  it('validates a value from a file as one from the environment, naming the variable', () => {
    expect(() => readApiConfig({ JWT_SECRET_FILE: file('jwt', 'short') })).toThrow(
      /JWT_SECRET must be at least 32 characters/,
    );
    expect(() => readWorkerConfig({ DATABASE_URL_FILE: file('db', 'mysql://x/y') })).toThrow(
      /DATABASE_URL must be a URL like postgres:/,
    );
  });

  it('refuses a missing or empty file, and both the variable and its file', () => {
    expect(() => readApiConfig({ JWT_SECRET_FILE: join(dir, 'absent') })).toThrow(
      /JWT_SECRET_FILE=".*absent" cannot be read \(ENOENT\)/,
    );
    expect(() => readWorkerConfig({ TEMPORAL_API_KEY_FILE: file('empty', '\n') })).toThrow(
      /TEMPORAL_API_KEY_FILE=".*empty" is empty/,
    );
    expect(() =>
      readApiConfig({ JWT_SECRET: 'x'.repeat(32), JWT_SECRET_FILE: file('jwt', 'y'.repeat(32)) }),
    ).toThrow(/set JWT_SECRET or JWT_SECRET_FILE, not both/);
  });

  it('still requires a JWT secret in production when neither is given', () => {
    expect(() => readApiConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required/);
    expect(
      readApiConfig({ NODE_ENV: 'production', JWT_SECRET_FILE: file('jwt', 'z'.repeat(32)) }).auth.jwtSecret,
    ).toBe('z'.repeat(32));
  });
});
