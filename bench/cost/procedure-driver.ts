/**
 * One appointment from HR's proposal to the start of its term, through the API, with the bench's reading
 * of the cost between stages. The commands are the end-to-end tests' drivers (test/demo-appointment.ts,
 * test/demo-dossier.ts) and the approval bench's candidates and sign-off (approval-setup.ts); before each
 * command the bench waits, over its own Postgres role, until the procedure has *settled* in its stage:
 * the journal shows the stage's work done and neither the product's SQL nor the workflow's history has
 * moved for SETTLE_QUIET_MS. Each span, from one settled point to the next, is labelled with the stage
 * the procedure was in when the span began (the `procedure` row the journal writes).
 */
import type { Pool } from 'pg';
import type { Client } from '@temporalio/client';
import type {
  AppointmentInput,
  CandidateSource,
  ConferenceBody,
  ResolvedStartAppointmentRequest,
} from '@personnel/contracts';
import { DEMO_COLLECTIVE, DEMO_QUANG_AN_KEY_CADRES } from '@personnel/dev-runtime';
import { conferenceBodyFor, procedureSteps } from '@personnel/domain';
// The end-to-end project's drivers of an appointment, shared on purpose (reused, not copied).
// eslint-disable-next-line @nx/enforce-module-boundaries
import type { ApiAnswer } from '../../test/api-client';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { expectStatus, holdDemoConference } from '../../test/demo-appointment';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { excuseDemoDossier } from '../../test/demo-dossier';
import {
  appointmentRequest,
  EXCEPTION_LEADER,
  PROPOSER,
  SIGN_OFF_STEPS,
  SIGNER,
  type CandidatePair,
} from '../approval-setup';
import { statementSnapshot, totalCalls, type StatementSnapshot } from './statement-stats';

/** Nothing ran for this long: the stage's work is done (activities, child workflows, mails queued). */
const SETTLE_QUIET_MS = 600;
const SETTLE_POLL_MS = 100;
const SETTLE_TIMEOUT_MS = 60_000;
/** Parallel sign-offs of each procedure (the first of the approval bench's steps). */
export const COST_SIGN_OFFS = 2;

export type DemoApi = (path: string, as: string, body?: unknown) => Promise<ApiAnswer>;

/** Quảng An's expanded Party committee conference (Hội nghị Đảng ủy mở rộng) of the demo accounts. */
const QUANG_AN_EXPANDED: ConferenceBody = {
  summonedIds: ['U-MR-01', 'U-MR-02', 'U-MR-03', 'U-MR-04', 'U-MR-05', 'U-MR-06'],
  secretaryId: 'U-MR-02',
  headId: 'U-MR-01',
};

/** Every demo account a procedure of the cost bench acts as: signed in before anything is counted. */
export const COST_ACCOUNTS = [
  ...new Set([
    PROPOSER,
    EXCEPTION_LEADER,
    SIGNER,
    DEMO_COLLECTIVE.secretaryId,
    QUANG_AN_EXPANDED.secretaryId,
    DEMO_QUANG_AN_KEY_CADRES.secretaryId,
    'U-TCNV-01',
    ...SIGN_OFF_STEPS.slice(0, COST_SIGN_OFFS).flatMap((s) => s.assigneeIds),
  ]),
];

/**
 * HR's proposal: an outside candidate as the approval bench proposes one; a local one (a Quảng An post)
 * with Quảng An's expanded and key-cadre conferences and the district standing committee.
 */
export function costRequest(source: CandidateSource, pair: CandidatePair): ResolvedStartAppointmentRequest {
  const outside = appointmentRequest(pair, COST_SIGN_OFFS);
  if (source === 'outside') return outside;
  const { homeUnitConference: _unused, ...rest } = outside;
  return {
    ...rest,
    source: 'local',
    expandedConference: QUANG_AN_EXPANDED,
    keyCadreConference: DEMO_QUANG_AN_KEY_CADRES,
  };
}

export interface Settled {
  /** The stage the procedure row says it is in now. */
  stage: string;
  snapshot: StatementSnapshot;
}

/** One span: from a settled point to the next, labelled with the stage it began in. */
export interface MeasuredSpan {
  stage: string;
  from: StatementSnapshot;
  to: StatementSnapshot;
}

export interface DriverContext {
  api: DemoApi;
  /** The bench's own role (statement-stats.ts): its reads are never counted. */
  reader: Pool;
  client: Client;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function stepCount(reader: Pool, id: string, kind: string): Promise<number> {
  const { rows } = await reader.query<{ n: string }>(
    'SELECT count(*)::text AS n FROM workflow_step WHERE workflow_id = $1 AND kind = $2',
    [id, kind],
  );
  return Number(rows[0].n);
}

async function stageOf(reader: Pool, id: string): Promise<string | null> {
  const { rows } = await reader.query<{ stage: string }>('SELECT stage FROM procedure WHERE id = $1', [id]);
  return rows[0]?.stage ?? null;
}

async function openSignOffs(reader: Pool, id: string): Promise<number> {
  const { rows } = await reader.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM procedure_task WHERE workflow_id = $1 AND kind = 'sign_off' AND status = 'open'`,
    [id],
  );
  return Number(rows[0].n);
}

async function historyLength(client: Client, id: string): Promise<number> {
  return (await client.workflow.getHandle(id).describe()).historyLength;
}

/**
 * Waits until `ready` holds and then until nothing moved for SETTLE_QUIET_MS: the product's statement
 * count (pg_stat_statements) and the workflow's history length both unchanged.
 */
export async function settle(
  ctx: DriverContext,
  id: string | null,
  what: string,
  ready: () => Promise<boolean>,
): Promise<Settled> {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`${id ?? 'the system'} never reached ${what}`);
    await sleep(SETTLE_POLL_MS);
  }
  let last = '';
  let quietSince = Date.now();
  for (;;) {
    const snapshot = await statementSnapshot(ctx.reader);
    const mark = `${totalCalls(snapshot)}/${id ? await historyLength(ctx.client, id) : 0}`;
    if (mark !== last) {
      last = mark;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= SETTLE_QUIET_MS) {
      return { stage: id ? ((await stageOf(ctx.reader, id)) ?? '?') : 'none', snapshot };
    }
    if (Date.now() > deadline) throw new Error(`${id ?? 'the system'} never settled after ${what}`);
    await sleep(SETTLE_POLL_MS);
  }
}

export interface DrivenProcedure {
  id: string;
  source: CandidateSource;
  spans: MeasuredSpan[];
  exceptionGranted: boolean;
}

/** The procedure from HR's proposal to `term_started`, one span per stage it went through. */
export async function driveProcedure(
  ctx: DriverContext,
  source: CandidateSource,
  pair: CandidatePair,
  decisionNumber: string,
): Promise<DrivenProcedure> {
  const { api, reader } = ctx;
  const spans: MeasuredSpan[] = [];
  let at = await settle(ctx, null, 'a quiet system', () => Promise.resolve(true));
  // The span's label is the stage the procedure was in when it began: the first, before the row exists.
  let label = 'eligibility_check';
  let id = '';
  const next = async (what: string, ready: () => Promise<boolean>) => {
    const settled = await settle(ctx, id, what, ready);
    spans.push({ stage: label, from: at.snapshot, to: settled.snapshot });
    at = settled;
    label = settled.stage;
  };

  const request = costRequest(source, pair);
  const started = expectStatus(await api('/appointments', PROPOSER, request), 201);
  id = started.id as string;
  const base = `/appointments/${id.split('/').slice(1).join('/')}`;
  await next('the eligibility check and the dossier check', async () => {
    const stage = await stageOf(reader, id);
    return stage === 'awaiting_exception' || (await stepCount(reader, id, 'dossier_checked')) > 0;
  });

  let exceptionGranted = false;
  if (label === 'awaiting_exception') {
    expectStatus(
      await api(`${base}/exception`, EXCEPTION_LEADER, {
        reason: 'Benchmark: cán bộ trong quy hoạch, đơn vị cần gấp; ngoại lệ để đo chi phí quy trình.',
      }),
    );
    exceptionGranted = true;
    await next('the dossier check', async () => (await stepCount(reader, id, 'dossier_checked')) > 0);
  }

  const steps = procedureSteps(source);
  if (label === 'awaiting_dossier') {
    await excuseDemoDossier(api, id, EXCEPTION_LEADER);
    await next(
      'the first conference convened',
      async () => (await stepCount(reader, id, 'conference_convened')) >= 1,
    );
  }

  for (const [i, step] of steps.entries()) {
    const index = i + 1;
    const body = conferenceBodyFor(request as unknown as AppointmentInput, step);
    await holdDemoConference(api, base, index, body);
    const last = index === steps.length;
    await next(
      last ? 'the sign-off open' : `conference ${index + 1} convened`,
      async () =>
        (await stepCount(reader, id, 'conference_closed')) >= index &&
        (last
          ? (await openSignOffs(reader, id)) === COST_SIGN_OFFS
          : (await stepCount(reader, id, 'conference_convened')) >= index + 1),
    );
  }

  for (const signOff of request.signOff)
    expectStatus(
      await api(`/tasks/${id}/r1-${signOff.key}/decide`, signOff.assigneeIds[0], { verdict: 'approve' }),
    );
  await next('the decision task', async () => (await stageOf(reader, id)) === 'awaiting_decision');

  expectStatus(
    await api(`${base}/decision`, request.signerId, { number: decisionNumber, effectiveDate: '2027-01-04' }),
  );
  await next('the term started', async () => (await stepCount(reader, id, 'term_started')) === 1);
  return { id, source, spans, exceptionGranted };
}
