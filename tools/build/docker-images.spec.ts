import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { SEARCH_ATTRIBUTE_REGISTRATIONS } from '@personnel/contracts';
import { REPO_ROOT } from '../dev/paths';
import { build, BUILD_TARGETS, type BuildTarget } from './build';
import { COMPOSE_INSTALL_HINT, composeClients, renderCompose, type ComposeConfig } from './compose-render';
import { envPairs, execForm, parseDockerfile, type Stage } from './dockerfile';

const DOCKER_DIR = join(REPO_ROOT, 'docker');
const DOCKERFILES = readdirSync(DOCKER_DIR)
  .filter((f) => f.endsWith('.Dockerfile'))
  .sort();

/** A pinned image: an exact version tag (x.y.z, optionally -variant), never `latest` or a bare major. */
const PINNED = /^[a-z0-9./-]+:\d+\.\d+(\.\d+)?(-[a-z0-9.-]+)?$/;

const stagesOf = (dockerfile: string) => parseDockerfile(readFileSync(join(DOCKER_DIR, dockerfile), 'utf8'));
const args = (stage: Stage, keyword: string) =>
  stage.instructions.filter((i) => i.keyword === keyword).map((i) => i.args);
/** A stage's WORKDIR, inherited from the stage it is built FROM when it sets none. */
function workdir(stages: Stage[], stage: Stage): string {
  const own = args(stage, 'WORKDIR').at(-1);
  const base = stages.find((s) => s.name === stage.image);
  return own ?? (base ? workdir(stages, base) : '/');
}

/** What the build stage builds: the targets of its `tools/build.ts` run. */
function buildTargets(stage: Stage): BuildTarget[] {
  const run = args(stage, 'RUN').find((a) => a.includes('tools/build.ts'));
  if (!run) throw new Error(`stage ${stage.name} does not run tools/build.ts`);
  const targets = run.split('tools/build.ts')[1].trim().split(' ').filter(Boolean);
  expect(targets.every((t) => (BUILD_TARGETS as readonly string[]).includes(t))).toBe(true);
  return targets as BuildTarget[];
}

describe('the images (docker/*.Dockerfile)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'personnel-images-'));
  /** Per Dockerfile: where the targets its build stage names were built, as its `dist/`. */
  const outputs = new Map<string, string>();

  beforeAll(async () => {
    for (const dockerfile of DOCKERFILES) {
      const stage = stagesOf(dockerfile).find((s) => s.name === 'build');
      if (!stage) throw new Error(`${dockerfile} has no "build" stage`);
      const out = join(scratch, dockerfile, 'dist');
      await build(buildTargets(stage), out);
      outputs.set(dockerfile, out);
    }
  }, 120_000);

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('are the api, the worker and the migrations job', () => {
    expect(DOCKERFILES).toEqual(['api.Dockerfile', 'migrate.Dockerfile', 'worker.Dockerfile']);
  });

  it.each(DOCKERFILES)(
    '%s runs a command, and is configured with paths, that its own build stage produces',
    (dockerfile) => {
      const stages = stagesOf(dockerfile);
      const runtime = stages.at(-1) as Stage;
      const buildStage = stages.find((s) => s.name === 'build') as Stage;
      const out = outputs.get(dockerfile) as string;
      const buildDist = posix.join(workdir(stages, buildStage), 'dist');
      const home = workdir(stages, runtime);
      // Container path → file of the build output, through the COPY --from=build lines.
      const copies = args(runtime, 'COPY')
        .filter((a) => a.startsWith('--from=build '))
        .map((a) => a.split(' ').slice(1))
        .map(([src, dst]) => {
          expect(src.startsWith(`${buildDist}/`)).toBe(true);
          return { dst: posix.resolve(home, dst), local: join(out, src.slice(buildDist.length + 1)) };
        });
      expect(copies.length).toBeGreaterThan(0);
      const local = (containerPath: string) => {
        const copy = copies.find((c) => containerPath === c.dst || containerPath.startsWith(`${c.dst}/`));
        return copy && join(copy.local, containerPath.slice(copy.dst.length));
      };
      for (const { local: source } of copies) expect(existsSync(source)).toBe(true);

      const commands = [...args(runtime, 'ENTRYPOINT'), ...args(runtime, 'CMD')].map(execForm);
      expect(commands).toHaveLength(1);
      const [program, ...rest] = commands[0];
      expect(program).toBe('node');
      const scripts = rest.filter((a) => a.endsWith('.js'));
      expect(scripts).toHaveLength(1);
      const entry = local(posix.resolve(home, scripts[0]));
      expect(entry && existsSync(entry) ? 'built' : `${scripts[0]} is not in the build output`).toBe('built');

      // Every absolute path the image is configured with exists: built (copied) or made by the image.
      const made = args(runtime, 'RUN').join(' ');
      for (const [name, value] of args(runtime, 'ENV').flatMap(envPairs)) {
        if (!value.startsWith('/')) continue;
        const source = local(value);
        const found = source ? existsSync(source) : made.includes(`mkdir -p ${value}`);
        expect(found ? name : `${name}=${value} is neither built nor made`).toBe(name);
      }
      if (dockerfile === 'api.Dockerfile') {
        expect(existsSync(join(local('/app/dist/apps/web') as string, 'index.html'))).toBe(true);
      }
    },
  );

  it.each(DOCKERFILES)(
    '%s is multi-stage from pinned base images, installs production dependencies only and runs as non-root',
    (dockerfile) => {
      const stages = stagesOf(dockerfile);
      for (const stage of stages) {
        const external = !stages.some((s) => s.name === stage.image);
        if (external) expect(stage.image).toMatch(PINNED);
      }
      expect(stages.map((s) => s.name)).toEqual(['toolchain', 'build', 'deps', 'runtime']);
      const deps = stages.find((s) => s.name === 'deps') as Stage;
      expect(args(deps, 'RUN').join(' ')).toContain('npm ci --omit=dev');
      const runtime = stages.at(-1) as Stage;
      expect(args(runtime, 'COPY').some((a) => a.startsWith('--from=deps '))).toBe(true);
      const user = args(runtime, 'USER').at(-1);
      expect(user).toBeDefined();
      expect(['root', '0']).not.toContain(user?.split(':')[0]);
    },
  );
});

describe('the production topology (docker/compose.yaml)', () => {
  const clients = composeClients();
  const scratch = mkdtempSync(join(tmpdir(), 'personnel-compose-'));
  // An empty env file: the rendering must not depend on a developer's docker/.env.
  const envFile = join(scratch, 'empty.env');
  writeFileSync(envFile, '');
  const SECRETS = {
    POSTGRES_PASSWORD: 'sample-superuser-password',
    PERSONNEL_DB_PASSWORD: 'sample-personnel-password',
    TEMPORAL_DB_PASSWORD: 'sample-temporal-password',
    JWT_SECRET: 'sample-jwt-secret-of-more-than-32-characters',
  };
  const render = (env: Record<string, string> = SECRETS) => {
    // No client: every check below fails with the install hint rather than passing over nothing.
    if (clients.length === 0) throw new Error(COMPOSE_INSTALL_HINT);
    return clients.map((client) => ({
      client: client.name,
      ...renderCompose(client, join(DOCKER_DIR, 'compose.yaml'), envFile, env),
    }));
  };

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('can be rendered on this machine', () => {
    // Debian's docker-compose is what CI has; the `docker compose` plugin, where present, renders too.
    const debian = clients.some((c) => c.name === 'docker-compose');
    expect(debian ? 'docker-compose' : COMPOSE_INSTALL_HINT).toBe('docker-compose');
  });

  const LONG_RUNNING = ['postgres', 'temporal', 'temporal-ui', 'api', 'worker-1', 'worker-2'];
  const JOBS = ['temporal-schema', 'temporal-namespace', 'migrate'];

  it('has every service, each with a restart policy, a health check where it serves, pinned images', () => {
    for (const { client, status, stderr, config } of render()) {
      expect(`${client}: ${status === 0 ? 'rendered' : stderr}`).toBe(`${client}: rendered`);
      const { services } = config as ComposeConfig;
      expect(Object.keys(services).sort()).toEqual([...LONG_RUNNING, ...JOBS].sort());
      for (const name of LONG_RUNNING)
        expect([name, services[name].restart]).toEqual([name, 'unless-stopped']);
      for (const name of JOBS) expect([name, services[name].restart]).toEqual([name, 'on-failure:5']);
      // The workers have no port to ask; a failed worker exits and is restarted.
      for (const name of ['postgres', 'temporal', 'temporal-ui', 'api'])
        expect([name, services[name].healthcheck?.test]).toEqual([name, expect.anything()]);
      for (const [name, service] of Object.entries(services)) {
        if (service.build) {
          expect(service.build.dockerfile).toMatch(/^docker\/(api|worker|migrate)\.Dockerfile$/);
          expect(service.image).toMatch(/^personnel-(api|worker|migrate):local$/);
        } else {
          expect([name, service.image]).toEqual([name, expect.stringMatching(PINNED)]);
        }
        expect(service.image).not.toMatch(/:latest$/);
        expect([name, service.logging?.options?.['max-size']]).toEqual([name, expect.any(String)]);
      }
      const adminTools = services['temporal-schema'].image?.split(':')[1];
      expect(services.temporal.image).toBe(`temporalio/server:${adminTools}`);
      expect(services['temporal-namespace'].image).toBe(`temporalio/admin-tools:${adminTools}`);
    }
  });

  it('starts the api and two identical workers only after the migrations and the namespace setup succeeded', () => {
    for (const { config } of render()) {
      const { services } = config as ComposeConfig;
      const { 'worker-1': one, 'worker-2': two } = services;
      expect(one).toEqual(two);
      expect(one.build?.dockerfile).toBe('docker/worker.Dockerfile');
      for (const name of ['api', 'worker-1', 'worker-2']) {
        expect(services[name].depends_on).toEqual({
          migrate: { condition: 'service_completed_successfully' },
          'temporal-namespace': { condition: 'service_completed_successfully' },
        });
        expect(services[name].init).toBe(true);
        expect(services[name].environment).toMatchObject({
          NODE_ENV: 'production',
          TEMPORAL_ADDRESS: 'temporal:7233',
          DATABASE_URL: `postgres://personnel:${SECRETS.PERSONNEL_DB_PASSWORD}@postgres:5432/personnel`,
        });
      }
      expect(services.api.environment?.JWT_SECRET).toBe(SECRETS.JWT_SECRET);
      expect(services.temporal.depends_on).toEqual({
        'temporal-schema': { condition: 'service_completed_successfully' },
      });
      expect(services['temporal-schema'].depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
      expect(services['temporal-namespace'].depends_on).toEqual({
        temporal: { condition: 'service_healthy' },
      });
      expect(services.temporal.environment).toMatchObject({ DB: 'postgres12', POSTGRES_SEEDS: 'postgres' });
      // Only the API and the UI are published; the UI (no sign-in) on the host's loopback by default.
      const published = Object.entries(services).filter(([, service]) => service.ports?.length);
      expect(published.map(([name]) => name).sort()).toEqual(['api', 'temporal-ui']);
      expect(JSON.stringify(services['temporal-ui'].ports)).toMatch(/127\.0\.0\.1/);
    }
  });

  it('registers the search attributes libs/contracts declares on the namespace the apps use', () => {
    for (const { config } of render()) {
      const { services } = config as ComposeConfig;
      const setup = services['temporal-namespace'].environment ?? {};
      const registered = String(setup.SEARCH_ATTRIBUTES).trim().split(/\s+/);
      expect(registered).toEqual(SEARCH_ATTRIBUTE_REGISTRATIONS.map(({ name, type }) => `${name}=${type}`));
      expect(setup.NAMESPACE).toBe(services.api.environment?.TEMPORAL_NAMESPACE);
    }
  });

  it('refuses to render without each secret, naming it, and commits none', () => {
    for (const secret of Object.keys(SECRETS)) {
      const env = Object.fromEntries(Object.entries(SECRETS).filter(([k]) => k !== secret));
      for (const { client, status, stderr } of render(env)) {
        expect([client, status === 0 ? 'rendered' : 'refused']).toEqual([client, 'refused']);
        expect(stderr).toContain(secret);
      }
    }
    const committed = readFileSync(join(DOCKER_DIR, 'compose.yaml'), 'utf8');
    expect(committed).not.toMatch(/^\s*[A-Z_]*(PASSWORD|PWD|SECRET):\s*[^$\s]/m);
  });
});
