import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EnvReader } from './env';
import { apiConfigFrom, workerConfigFrom } from './service-config';

const EXAMPLE = join(__dirname, '..', '..', '..', '.env.example');

const VARIABLE_LINE = /^#?\s?([A-Z][A-Z0-9_]*)=/;

/**
 * `NAME=value` lines, commented out or not, each with the line above its run of variable lines (the
 * comment saying what they are for, when there is one).
 */
function exampleVariables(): { name: string; above: string }[] {
  const lines = readFileSync(EXAMPLE, 'utf8').split('\n');
  return lines.flatMap((line, i) => {
    const match = VARIABLE_LINE.exec(line);
    if (!match) return [];
    let j = i - 1;
    while (j >= 0 && VARIABLE_LINE.test(lines[j])) j--;
    return [{ name: match[1], above: lines[j] ?? '' }];
  });
}

/**
 * Every variable the API's and the worker's readers ask for, recorded by the EnvReader itself. Run over
 * environments that switch each optional branch on (OIDC's claims are read only with an issuer), so a
 * reader added anywhere in libs/config shows up here without a list kept by hand.
 */
function variablesReadByLibsConfig(): Set<string> {
  const names = new Set<string>();
  for (const env of [{}, { OIDC_ISSUER: 'https://id.example/realm' }, { TEMPORAL_TLS: 'true' }]) {
    for (const from of [apiConfigFrom, workerConfigFrom]) {
      const reader = new EnvReader(env);
      from(reader);
      reader.variablesRead().forEach((name) => names.add(name));
    }
  }
  return names;
}

/** Read outside libs/config (tools, the web build, the API's static files): listed for operators too. */
const READ_ELSEWHERE = {
  WEB_PANEL_DIR: 'apps/api/src/http/web-panel.ts',
  PG_PORT: 'tools/start-system.ts',
  TEMPORAL_PORT: 'tools/start-system.ts',
  TEMPORAL_UI_PORT: 'tools/start-system.ts',
  TEMPORAL_CLI: 'tools/dev/temporal-cli.ts',
  LOG_FORMAT: 'tools/start-system.ts',
  WORKERS: 'tools/start-system.ts',
  MAIL_CATCHER_PORT: 'tools/start-system.ts',
  OIDC_DEV_PROVIDER: 'tools/start-system.ts',
  OIDC_DEV_PROVIDER_PORT: 'tools/start-system.ts',
  TEMPORAL_SERVER_HOME: 'tools/dev/temporal-cluster/binaries.ts',
  TEMPORAL_UI_SERVER: 'tools/dev/temporal-cluster/binaries.ts',
  VITE_TEMPORAL_UI_URL: 'apps/web/src/app/config.ts',
  VITE_TEMPORAL_NAMESPACE: 'apps/web/src/app/config.ts',
};

describe('.env.example', () => {
  const listed = exampleVariables();
  const listedNames = new Set(listed.map((v) => v.name));

  it('lists every variable libs/config reads', () => {
    const read = variablesReadByLibsConfig();
    expect(read.size).toBeGreaterThan(30);
    expect([...read].filter((name) => !listedNames.has(name))).toEqual([]);
  });

  it('lists nothing that nothing reads', () => {
    const read = variablesReadByLibsConfig();
    expect([...listedNames].filter((name) => !read.has(name) && !(name in READ_ELSEWHERE))).toEqual([]);
  });

  it('says what each variable is for: every run of variables follows a comment, and each is listed once', () => {
    const uncommented = listed.filter(({ above }) => !/^# \S/.test(above));
    expect(uncommented.map((v) => v.name)).toEqual([]);
    expect(listed.map((v) => v.name).filter((n, i, all) => all.indexOf(n) !== i)).toEqual([]);
  });
});
