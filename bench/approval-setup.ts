/**
 * Setup of the approval benchmark (not measured): demo accounts signed in, eligible (cadre, post) pairs of
 * the demo registry, and appointments brought to their sign-off stage through the HTTP API, as the panel
 * would: HR proposes an outside candidate, the secretaries hold the three conferences (attendance, then a
 * unanimous tally), and the parallel sign-off opens one personal task per step.
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Pool } from 'pg';
import type {
  AppointmentDetail,
  ConferenceBody,
  SignOffStepInput,
  ResolvedStartAppointmentRequest,
} from '@personnel/contracts';
import { DEMO_COLLECTIVE } from '@personnel/dev-runtime';
// The end-to-end tests' dossier step, shared on purpose.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { excuseDemoDossier } from '../test/demo-dossier';
import { http, unexpected } from './shared/http';
import type { Tokens } from './shared/sign-in';

/** How long setup waits for the workflow to reach a stage (a conference convened, the sign-off open). */
const STAGE_WAIT_MS = 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The proposer, the signer and the leader who grants an exception when a candidate is not eligible. */
export const PROPOSER = 'U-HR-01';
export const SIGNER = 'U-BTV-03';
export const EXCEPTION_LEADER = 'U-BT-01';

/**
 * Sign-off steps, each a personal task of one demo approver (no claim needed); the first `steps` are used.
 * Parallel mode: all open at once, each approval its own Update, the last one opens the decision.
 */
export const SIGN_OFF_STEPS: readonly SignOffStepInput[] = [
  { key: 'org-office', label: 'Cơ quan Tổ chức - Nội vụ thẩm định', assigneeIds: ['U-TCNV-01'] },
  { key: 'org-board', label: 'Ban Tổ chức Huyện ủy cho ý kiến', assigneeIds: ['U-BTV-04'] },
  { key: 'deputy-secretary', label: 'Phó Bí thư Huyện ủy cho ý kiến', assigneeIds: ['U-PBT-01'] },
  { key: 'secretary', label: 'Bí thư Huyện ủy cho ý kiến', assigneeIds: ['U-BT-01'] },
  { key: 'standing-05', label: 'Ủy viên Ban Thường vụ cho ý kiến', assigneeIds: ['U-BTV-05'] },
  { key: 'standing-06', label: 'Ủy viên Ban Thường vụ cho ý kiến', assigneeIds: ['U-BTV-06'] },
];

/** The district standing committee: the collective (steps 1 and 3 of an outside candidate). */
const COLLECTIVE: ConferenceBody = DEMO_COLLECTIVE;
/**
 * Home unit consultation (step 2): district accounts sit. The conference must reach both the post's unit
 * and the unit the outside candidate works in (party-reach), and the demo has conference accounts only
 * for Quảng An, so a commune's own body would be refused for a candidate from elsewhere.
 */
const DISTRICT_HOME_UNIT: ConferenceBody = {
  summonedIds: ['U-TCNV-01', 'U-BTV-04', 'U-BTV-05', 'U-BTV-06', 'U-PBT-01'],
  secretaryId: 'U-TCNV-01',
  headId: 'U-BTV-04',
};

export function homeUnitBody(): ConferenceBody {
  return DISTRICT_HOME_UNIT;
}

/** Every account the setup and the measured approvals act as. */
export function accountsNeeded(steps: number): string[] {
  return [
    ...new Set([
      PROPOSER,
      EXCEPTION_LEADER,
      COLLECTIVE.secretaryId,
      DISTRICT_HOME_UNIT.secretaryId,
      ...SIGN_OFF_STEPS.slice(0, steps).flatMap((s) => s.assigneeIds),
    ]),
  ];
}

function tokenOf(tokens: Tokens, username: string): string {
  const token = tokens.get(username);
  if (!token) throw new Error(`no token for ${username}`);
  return token;
}

export interface CandidatePair {
  cadreId: string;
  postId: string;
  unitCode: string;
  /** What POST /api/v1/eligibility answered for the pair (today, appointment). */
  eligible: boolean;
}

export interface PairSearch {
  pairs: CandidatePair[];
  asked: number;
  eligibleFound: number;
}

/**
 * (cadre, post) pairs of the demo registry for the procedures: cadres in the planning of an active post,
 * checked through POST /api/v1/eligibility (kind appointment, today, as the workflow checks on the day of
 * the proposal). Eligible pairs are taken first (distinct cadres, spread over posts); when fewer than
 * `want` are found, non-eligible ones fill up and their procedures get a leader's exception in setup.
 * `multiSeatOnly`: only posts with more than one seat, for benches that keep several procedures of
 * one post open at once (a single-holder post takes one at a time: 409 post_being_filled).
 */
export async function findCandidatePairs(
  pool: Pool,
  apiUrl: string,
  token: string,
  want: number,
  { maxAsked = 300, multiSeatOnly = false }: { maxAsked?: number; multiSeatOnly?: boolean } = {},
): Promise<PairSearch> {
  const { rows } = await pool.query<{ cadre: string; post: string; unit: string }>(
    `SELECT DISTINCT ON (c.code) c.code AS cadre, p.code AS post, u.code AS unit
       FROM planning_entry pe
       JOIN cadre c ON c.id = pe.cadre_id
       JOIN post p ON p.id = pe.post_id
       JOIN unit u ON u.id = p.unit_id
      WHERE c.status = 'active' AND p.active AND (pe.to_date IS NULL OR pe.to_date >= current_date)
        AND (NOT $1 OR NOT p.single_holder)
      ORDER BY c.code, (u.code = 'DH-QA') DESC, p.code`,
    [multiSeatOnly],
  );
  // Quảng An posts first (their home-unit conference has its own demo accounts), then the rest.
  const ordered = [...rows.filter((r) => r.unit === 'DH-QA'), ...rows.filter((r) => r.unit !== 'DH-QA')];
  const eligible: CandidatePair[] = [];
  const other: CandidatePair[] = [];
  let asked = 0;
  for (const row of ordered) {
    if (eligible.length >= want || asked >= maxAsked) break;
    asked++;
    const answer = await http('POST', `${apiUrl}/api/v1/eligibility`, token, {
      cadreId: row.cadre,
      postId: row.post,
      kind: 'appointment',
    });
    if (answer.status !== 200) throw unexpected('POST /eligibility', answer);
    const pair = {
      cadreId: row.cadre,
      postId: row.post,
      unitCode: row.unit,
      eligible: (answer.body as { eligible?: unknown }).eligible === true,
    };
    (pair.eligible ? eligible : other).push(pair);
  }
  if (eligible.length === 0 && other.length === 0)
    throw new Error('the demo registry has no active cadre in the planning of an active post');
  return {
    pairs: [...eligible, ...other].slice(0, Math.max(want, eligible.length)),
    asked,
    eligibleFound: eligible.length,
  };
}

/** An appointment at its sign-off stage: its open tasks, each with the approver who decides it. */
export interface ReadyAppointment {
  id: string;
  /** `/api/v1/appointments/<postId>/<n>` */
  path: string;
  /** `/api/v1/tasks/<workflow id>`: the one task API, followed by `/<task key>/decide`. */
  tasksPath: string;
  tasks: { taskKey: string; approver: string }[];
  exceptionGranted: boolean;
  setupMs: number;
}

function pathOf(apiUrl: string, id: string): string {
  const [, postId, n] = id.split('/');
  return `${apiUrl}/api/v1/appointments/${encodeURIComponent(postId)}/${encodeURIComponent(n)}`;
}

async function detailWhen(
  path: string,
  token: string,
  what: string,
  ready: (detail: AppointmentDetail) => boolean,
): Promise<AppointmentDetail> {
  const deadline = Date.now() + STAGE_WAIT_MS;
  for (let delay = 20; ; delay = Math.min(delay * 2, 250)) {
    const answer = await http('GET', path, token);
    // On a loaded machine the read can come before the proposal's first step is readable: ask again.
    if (answer.status === 404 && Date.now() < deadline) {
      await sleep(delay);
      continue;
    }
    if (answer.status !== 200) throw unexpected(`GET ${path}`, answer);
    const detail = answer.body as AppointmentDetail;
    if (ready(detail)) return detail;
    if (detail.status && detail.status.state !== 'in_progress')
      throw new Error(`${detail.id} ended ${detail.status.state} while waiting for ${what}`);
    if (Date.now() > deadline)
      throw new Error(`${detail.id} never reached ${what} (stage ${detail.status?.stage ?? detail.stage})`);
    await sleep(delay);
  }
}

/** A conference command, sent again while the child workflow has not started yet (409 finished). */
async function conferenceCommand(url: string, token: string, body: unknown): Promise<void> {
  const deadline = Date.now() + STAGE_WAIT_MS;
  for (let delay = 20; ; delay = Math.min(delay * 2, 250)) {
    const answer = await http('POST', url, token, body);
    if (answer.status === 200) return;
    if (answer.status !== 409 || Date.now() > deadline) throw unexpected(`POST ${url}`, answer);
    await sleep(delay);
  }
}

/** HR's proposal of an outside candidate for the pair's post, with `steps` parallel sign-offs. */
export function appointmentRequest(pair: CandidatePair, steps: number): ResolvedStartAppointmentRequest {
  return {
    candidateIds: [pair.cadreId],
    postId: pair.postId,
    source: 'outside',
    collective: COLLECTIVE,
    homeUnitConference: homeUnitBody(),
    signOffMode: 'parallel',
    signOff: SIGN_OFF_STEPS.slice(0, steps),
    signerId: SIGNER,
  };
}

/**
 * One appointment from the proposal to its open sign-off tasks, through the API: start (HR), exception
 * (leader) if the candidate is not eligible, the three conferences of an outside candidate (collective
 * proposes, home unit consultation, collective votes), each by its secretary: everybody present, every
 * ballot for the candidate.
 */
export async function setUpAppointment(
  apiUrl: string,
  tokens: Tokens,
  pair: CandidatePair,
  steps: number,
): Promise<ReadyAppointment> {
  const began = performance.now();
  const signOff = SIGN_OFF_STEPS.slice(0, steps);
  const homeUnit = homeUnitBody();
  const request = appointmentRequest(pair, steps);
  const hr = tokenOf(tokens, PROPOSER);
  const started = await http('POST', `${apiUrl}/api/v1/appointments`, hr, request);
  const id = (started.body as { id?: unknown }).id;
  if (started.status !== 201 || typeof id !== 'string') throw unexpected('POST /appointments', started);
  const path = pathOf(apiUrl, id);

  const gate = await detailWhen(
    path,
    hr,
    'the end of the eligibility check',
    (d) => d.status !== null && d.status.stage !== 'eligibility_check',
  );
  let exceptionGranted = false;
  if (gate.status?.stage === 'awaiting_exception') {
    const granted = await http('POST', `${path}/exception`, tokenOf(tokens, EXCEPTION_LEADER), {
      reason: 'Benchmark: cán bộ trong quy hoạch, đơn vị cần gấp; ngoại lệ để đo thời gian phê duyệt.',
    });
    if (granted.status !== 200) throw unexpected('POST exception', granted);
    exceptionGranted = true;
  }
  // The seeded demo holds no dossier documents: the leader excuses the dossier (the kit's dossier gate),
  // as the end-to-end tests do — once the gate's `dossier_checked` step is in the journal, not by the stage,
  // which reads as the next one while the gate still loads the dossier.
  await excuseDemoDossier(
    (apiPath, as, body) =>
      http(body === undefined ? 'GET' : 'POST', `${apiUrl}/api/v1${apiPath}`, tokenOf(tokens, as), body),
    id,
    EXCEPTION_LEADER,
  );

  const bodies = [COLLECTIVE, homeUnit, COLLECTIVE];
  for (const [i, body] of bodies.entries()) {
    const index = i + 1;
    const detail = await detailWhen(path, hr, `conference ${index}`, (d) =>
      Boolean(d.status?.steps.some((s) => s.index === index && s.outcome === null)),
    );
    const candidates = detail.status?.steps.find((s) => s.index === index)?.candidates ?? [];
    const secretary = tokenOf(tokens, body.secretaryId);
    const conference = `${path}/conferences/${index}`;
    await conferenceCommand(`${conference}/attendance`, secretary, { present: body.summonedIds });
    const ballots = body.summonedIds.length;
    await conferenceCommand(`${conference}/tally`, secretary, {
      ballotsCast: ballots,
      votes: candidates.map((candidateId) => ({ candidateId, votes: ballots })),
      sheetSha256: createHash('sha256')
        .update(`${id} conference ${index}: ${ballots}/${ballots}`)
        .digest('hex'),
    });
  }

  const keys = signOff.map((s) => `r1-${s.key}`);
  await detailWhen(path, hr, 'the sign-off with every task open in Postgres', (d) =>
    keys.every((key) => d.tasks.some((t) => t.taskKey === key && t.status === 'open')),
  );
  return {
    id,
    path,
    tasksPath: `${apiUrl}/api/v1/tasks/${id}`,
    tasks: signOff.map((s) => ({ taskKey: `r1-${s.key}`, approver: s.assigneeIds[0] })),
    exceptionGranted,
    setupMs: performance.now() - began,
  };
}
