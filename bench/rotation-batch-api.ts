/**
 * Side A of the rotation batch bench: batches POSTed to /api/v1/rotation-batches as HR, then each polled
 * (GET /api/v1/rotation-batches/{id}) until every row is started, has its first step in Postgres and has
 * passed its eligibility check. Times run from the first POST; a milestone's time is the answer of the
 * first poll that showed it (so up to one poll period late).
 */
import { performance } from 'node:perf_hooks';
import type {
  RotationBatchProgress,
  RotationBatchView,
  StartRotationBatchRequest,
} from '@personnel/contracts';
import { http, unexpected } from './shared/http';
import { round } from './shared/stats';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const BATCHES_PATH = '/api/v1/rotation-batches';

export interface PostedBatch {
  status: number;
  /** Bytes of the JSON body sent. */
  bodyBytes: number;
  answerMs: number;
  id: string | null;
  refused: number;
  /** The error body when it was not 202 (cut). */
  error?: string;
}

/** POSTs one batch; answers the status, not an exception, so a 413 can be recorded. */
export async function postBatch(
  apiUrl: string,
  token: string,
  body: StartRotationBatchRequest,
): Promise<PostedBatch> {
  const bodyBytes = Buffer.byteLength(JSON.stringify(body));
  const began = performance.now();
  const answer = await http('POST', `${apiUrl}${BATCHES_PATH}`, token, body);
  const answerMs = round(performance.now() - began, 1);
  if (answer.status !== 202)
    return {
      status: answer.status,
      bodyBytes,
      answerMs,
      id: null,
      refused: 0,
      error: JSON.stringify(answer.body).slice(0, 300),
    };
  const view = answer.body as RotationBatchView;
  return { status: 202, bodyBytes, answerMs, id: view.id, refused: view.progress.refused };
}

/** One poll of all the batches: their progress added up, and rows past their eligibility check. */
export interface PollSample {
  atMs: number;
  /** How long the GETs of this poll took. */
  pollMs: number;
  proposed: number;
  started: number;
  inProgress: number;
  /** Rows whose rotation recorded its eligibility step (stage no longer eligibility_check). */
  eligibilityRecorded: number;
}

export interface BatchProgressResult {
  total: number;
  refused: number;
  /** Ms from the first POST: every row started (progress.proposed === 0). */
  allStartedMs: number | null;
  /** … and every one's first step recorded (progress.started === 0 too). */
  allFirstStepMs: number | null;
  /** … and every one's eligibility step recorded. */
  allEligibilityMs: number | null;
  polls: number;
  pollP50Ms: number;
  pollMaxMs: number;
  /** Every poll, for the curve of starts over time. */
  timeline: PollSample[];
}

async function batchView(apiUrl: string, token: string, id: string): Promise<RotationBatchView> {
  const answer = await http('GET', `${apiUrl}${BATCHES_PATH}/${id}`, token);
  if (answer.status !== 200) throw unexpected(`GET rotation batch ${id}`, answer);
  return answer.body as RotationBatchView;
}

/**
 * Polls the batches every `periodMs` (from one poll's start to the next) until every accepted row has
 * recorded its eligibility step or `timeoutMs` passed; `began` is performance.now() of the first POST.
 */
export async function followBatches(
  apiUrl: string,
  token: string,
  ids: readonly string[],
  began: number,
  { periodMs, timeoutMs }: { periodMs: number; timeoutMs: number },
): Promise<BatchProgressResult> {
  const timeline: PollSample[] = [];
  let allStartedMs: number | null = null;
  let allFirstStepMs: number | null = null;
  let allEligibilityMs: number | null = null;
  let total = 0;
  let refused = 0;
  while (performance.now() - began < timeoutMs) {
    const pollBegan = performance.now();
    const views = await Promise.all(ids.map((id) => batchView(apiUrl, token, id)));
    const atMs = round(performance.now() - began, 1);
    const sum = (key: keyof RotationBatchProgress) => views.reduce((n, v) => n + v.progress[key], 0);
    total = sum('total');
    refused = sum('refused');
    const eligibilityRecorded = views.reduce(
      (n, v) =>
        n +
        v.items.filter((i) => i.procedureStage !== null && i.procedureStage !== 'eligibility_check').length,
      0,
    );
    const sample: PollSample = {
      atMs,
      pollMs: round(performance.now() - pollBegan, 1),
      proposed: sum('proposed'),
      started: sum('started'),
      inProgress: sum('inProgress'),
      eligibilityRecorded,
    };
    timeline.push(sample);
    if (allStartedMs === null && sample.proposed === 0) allStartedMs = atMs;
    if (allFirstStepMs === null && sample.proposed === 0 && sample.started === 0) allFirstStepMs = atMs;
    if (allEligibilityMs === null && eligibilityRecorded === total - refused) allEligibilityMs = atMs;
    if (allEligibilityMs !== null && allFirstStepMs !== null) break;
    await sleep(Math.max(0, periodMs - (performance.now() - pollBegan)));
  }
  const pollTimes = timeline.map((s) => s.pollMs).sort((a, b) => a - b);
  return {
    total,
    refused,
    allStartedMs,
    allFirstStepMs,
    allEligibilityMs,
    polls: timeline.length,
    pollP50Ms: pollTimes[Math.floor(pollTimes.length / 2)] ?? 0,
    pollMaxMs: pollTimes[pollTimes.length - 1] ?? 0,
    timeline,
  };
}
