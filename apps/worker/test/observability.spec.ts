import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { WorkflowTypes, type TrainingClassInput } from '@personnel/contracts';
import { createTestDatabase, temporalTestAddress, type TestDatabase } from '@personnel/persistence/testing';

const REPO_ROOT = resolve(__dirname, '../../..');

/** A port free at the time of asking (the exporter binds it a moment later). */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const found = await probe();
    if (found !== undefined) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const jsonLines = (output: string): Record<string, unknown>[] =>
  output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('worker observability (real worker process, Temporal and Postgres)', () => {
  let db: TestDatabase;
  let child: ChildProcess;
  let output = '';
  let metricsAddress: string;
  const taskQueue = `observability-${randomUUID()}`;

  beforeAll(async () => {
    db = await createTestDatabase('worker_observability');
    metricsAddress = `127.0.0.1:${await freePort()}`;
    child = spawn(
      process.execPath,
      ['-r', resolve(REPO_ROOT, 'tools/register.js'), resolve(REPO_ROOT, 'apps/worker/src/main.ts')],
      {
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          DATABASE_URL: db.url,
          TEMPORAL_ADDRESS: temporalTestAddress(),
          TEMPORAL_TASK_QUEUE: taskQueue,
          WORKER_METRICS_ADDRESS: metricsAddress,
          LOG_LEVEL: 'info',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await until('the worker to run', () => (output.includes('"worker running"') ? true : undefined));
  }, 90_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    await db?.drop();
  });

  it("serves the SDK's temporal_* metrics in Prometheus text at WORKER_METRICS_ADDRESS/metrics", async () => {
    const running = jsonLines(output).find((l) => l.msg === 'worker running');
    expect(running?.metrics).toBe(`http://${metricsAddress}/metrics`);
    const text = await until('worker polls to be counted', async () => {
      const body = await (await fetch(`http://${metricsAddress}/metrics`)).text();
      return /^temporal_worker_task_slots_available\{/m.test(body) ? body : undefined;
    });
    expect(text).toMatch(/^# TYPE temporal_\w+ (counter|gauge|histogram)$/m);
    expect(text).toContain(`task_queue="${taskQueue}"`);
  });

  it("puts the workflow id and the activity type on an activity's log lines", async () => {
    const classCode = `OBS-${randomUUID().slice(0, 8)}`;
    const workflowId = `training/${classCode}`;
    const input: TrainingClassInput = {
      classCode,
      courseCode: 'CT05',
      title: 'Lớp học tập Chỉ thị 05-CT/TW',
      startDate: '2099-08-15',
      endDate: '2099-08-19',
      place: 'Trung tâm Chính trị huyện Đầm Hà',
      unitCode: 'DH',
      capacity: null,
      organiserId: 'U-HR',
      proposedAt: new Date().toISOString(),
      timing: {},
    };
    const connection = await Connection.connect({ address: temporalTestAddress() });
    try {
      const client = new Client({ connection });
      const handle = await client.workflow.start(WorkflowTypes.training, {
        taskQueue,
        workflowId,
        args: [input],
      });
      try {
        const line = await until('the opening step to be logged', () =>
          jsonLines(output).find((l) => l.msg === 'step recorded' && l.workflowId === workflowId),
        );
        expect(line).toMatchObject({
          workflowId,
          workflowType: WorkflowTypes.training,
          activityType: 'recordProcedureStep',
          service: 'worker',
        });
      } finally {
        await handle.terminate('test over');
      }
    } finally {
      await connection.close();
    }
  });
});
