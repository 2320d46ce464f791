import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DeterminismViolationError } from '@temporalio/workflow';
import { bundleWorkflowCode, Worker } from '@temporalio/worker';
import { workflowBundlerHook, WORKFLOWS_ENTRY } from '@personnel/workflow-bundler';
import { LOCAL_JOURNAL_PATCH } from '../src/journal-calls';
import { quietLogger } from './harness';

const HISTORIES_DIR = join(__dirname, '..', 'histories');
/**
 * The id a history ran under: child ids are derived from it (`<id>/conference/<n>`), so a replay under
 * any other id would schedule different children. Histories without children replay under their file name.
 */
function originalWorkflowId(
  history: { events: Record<string, Record<string, unknown>>[] },
  file: string,
): string {
  for (const event of history.events) {
    const child = event.startChildWorkflowExecutionInitiatedEventAttributes as
      { workflowId?: string } | undefined;
    if (child?.workflowId) return child.workflowId.replace(/\/conference\/\d+$/, '');
  }
  return file;
}

const histories = readdirSync(HISTORIES_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((file) => {
    const history = JSON.parse(readFileSync(join(HISTORIES_DIR, file), 'utf8'));
    return { file, workflowId: originalWorkflowId(history, file), history };
  });

const TASK_UPDATES = [
  'claimTask',
  'unclaimTask',
  'delegateTask',
  'decideTask',
  'commentTask',
  'reassignTask',
];

interface RecordedUpdateEvent {
  workflowExecutionUpdateAcceptedEventAttributes?: {
    acceptedRequest: { meta: { updateId: string }; input: { name: string } };
  };
  workflowExecutionUpdateCompletedEventAttributes?: {
    meta: { updateId: string };
    outcome?: { success?: { payloads?: { data?: string }[] } };
  };
}

/** The answers a history's accepted Updates completed with, by Update name, in order. */
function updateAnswers(file: string): { name: string; answer: Record<string, unknown> }[] {
  const { history } = histories.find((h) => h.file === file) ?? { history: { events: [] } };
  const names = new Map<string, string>();
  const answers: { name: string; answer: Record<string, unknown> }[] = [];
  for (const event of history.events as RecordedUpdateEvent[]) {
    const accepted = event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest;
    if (accepted) names.set(accepted.meta.updateId, accepted.input.name);
    const completed = event.workflowExecutionUpdateCompletedEventAttributes;
    const data = completed?.outcome?.success?.payloads?.[0]?.data;
    if (completed && data)
      answers.push({
        name: names.get(completed.meta.updateId) ?? '?',
        answer: JSON.parse(Buffer.from(data, 'base64').toString('utf8')),
      });
  }
  return answers;
}

const JOURNAL_ACTIVITIES = ['recordProcedureStep', 'recordStep'];

interface RecordedJournalEvent {
  activityTaskScheduledEventAttributes?: { activityType: { name: string } };
  markerRecordedEventAttributes?: {
    markerName: string;
    details?: Record<string, { payloads: { data: string }[] }>;
  };
}

const markerDetail = (event: RecordedJournalEvent, key: string): Record<string, unknown> | undefined => {
  const data = event.markerRecordedEventAttributes?.details?.[key]?.payloads[0]?.data;
  return data ? JSON.parse(Buffer.from(data, 'base64').toString('utf8')) : undefined;
};

/** How a history wrote its journal steps: as activity tasks, as local activities, and under which patches. */
function journalWrites(file: string): { byTask: number; local: number; patches: string[] } {
  const { history } = histories.find((h) => h.file === file) ?? { history: { events: [] } };
  const result = { byTask: 0, local: 0, patches: [] as string[] };
  for (const event of history.events as RecordedJournalEvent[]) {
    if (JOURNAL_ACTIVITIES.includes(event.activityTaskScheduledEventAttributes?.activityType.name ?? ''))
      result.byTask++;
    const marker = event.markerRecordedEventAttributes?.markerName;
    if (marker === 'core_local_activity') {
      const type = markerDetail(event, 'data')?.activity_type as string;
      if (JOURNAL_ACTIVITIES.includes(type)) result.local++;
    }
    if (marker === 'core_patch') result.patches.push(markerDetail(event, 'patch-data')?.id as string);
  }
  return result;
}

/** The real workflows with some of their modules replaced (absolute path → fixture path). */
const withModules =
  (replaced: Record<string, string>) =>
  <T extends { resolve?: { alias?: unknown } }>(config: T): T => {
    const bundled = workflowBundlerHook(config);
    bundled.resolve = { ...bundled.resolve, alias: { ...(bundled.resolve?.alias as object), ...replaced } };
    return bundled;
  };

async function replayAll(
  workflowsPath: string,
  selected: typeof histories = histories,
  hook: typeof workflowBundlerHook = workflowBundlerHook,
): Promise<{ workflowId: string; error?: unknown }[]> {
  const workflowBundle = await bundleWorkflowCode({
    workflowsPath,
    webpackConfigHook: hook,
    logger: quietLogger,
  });
  const results: { workflowId: string; error?: unknown }[] = [];
  for await (const result of Worker.runReplayHistories({ workflowBundle }, selected)) results.push(result);
  return results;
}

describe('replay of the recorded histories of every workflow type', () => {
  it('has recorded histories to replay: appointments before and on the procedure kernel, rotations, plans, a training class, a confidence vote, a conference tie (plain, and with refused commands between its steps), a webhook delivery, the mail notifier, and the journal written by local activity', () => {
    expect(histories.map((h) => h.file).sort()).toEqual([
      'appointment-commented-reassigned-decided.json',
      'appointment-decision-answers-appointed.json',
      'appointment-dossier-completed-decided.json',
      'appointment-kernel-claimed-decided.json',
      'appointment-local-journal-task-answers.json',
      'appointment-reconvened-after-quorum.json',
      'appointment-returned-resubmitted-decided.json',
      'appointment-returned-resubmitted-withdrawn.json',
      'appointment-task-change-answers.json',
      'conference-local-journal-tie-decided.json',
      'conference-refused-commands-then-tie-decided.json',
      'conference-tie-decided-by-head.json',
      'confidence-vote-local-journal-reconvened.json',
      'confidence-vote-reconvened-dismissal-accepted.json',
      'notification-batches-polled-continued.json',
      'plan-published-reviewed-continued.json',
      'plan-returned-withdrawn.json',
      'rotation-decided-evaluated-ended-early.json',
      'rotation-dossier-excused-withdrawn.json',
      'rotation-local-journal-decided-evaluated.json',
      'rotation-returned-resubmitted-withdrawn.json',
      'training-class-enrolled-attended-completed.json',
      'webhook-refused-paused-replayed-stopped.json',
    ]);
  });

  it('replays every recorded history against the current workflow code without a determinism error', async () => {
    const results = await replayAll(WORKFLOWS_ENTRY);
    expect(results).toHaveLength(histories.length);
    for (const result of results)
      expect({ workflowId: result.workflowId, error: result.error }).toEqual({
        workflowId: result.workflowId,
        error: undefined,
      });
    // One bundle and 23 histories: about a minute on an idle machine with two cores, more on a busy one.
  }, 240_000);

  it('keeps no trace of a refused conference command: its code and values may change without a patch', () => {
    const refused = histories.find((h) => h.file === 'conference-refused-commands-then-tie-decided.json');
    const tie = histories.find((h) => h.file === 'conference-tie-decided-by-head.json');
    const updates = (h: typeof refused) =>
      h?.history.events
        .map((e: Record<string, unknown>) => e.workflowExecutionUpdateAcceptedEventAttributes)
        .filter(Boolean)
        .map((a: { acceptedRequest: { input: { name: string } } }) => a.acceptedRequest.input.name);
    // Four commands were refused between the three the conference took: only those three are recorded.
    expect(updates(refused)).toEqual(['recordAttendance', 'submitTally', 'headDecision']);
    expect(updates(refused)).toEqual(updates(tie));
    expect(JSON.stringify(refused?.history)).not.toMatch(/ConferenceCommandRefused|not_summoned|X9/);
  });

  it('records the task Updates answering a TaskChange since issue 14, and the whole status before it', () => {
    const taskAnswers = (file: string) => updateAnswers(file).filter((a) => TASK_UPDATES.includes(a.name));
    const now = taskAnswers('appointment-task-change-answers.json');
    expect(now.map((a) => a.name)).toEqual([
      'commentTask',
      'claimTask',
      'unclaimTask',
      'claimTask',
      'delegateTask',
      'reassignTask',
      'decideTask',
    ]);
    const sequences = now.map((a) => a.answer.sequence as number);
    expect(sequences).toEqual(sequences.map((_, i) => sequences[0] + i));
    for (const { answer } of now) {
      expect(Object.keys(answer).sort()).toEqual(['sequence', 'stage', 'state', 'tasks', 'workflowId']);
      expect(JSON.stringify(answer).length).toBeLessThan(1_000);
    }
    // The approval moved its own task and opened the decision; the comment moved none.
    expect(
      (now[6].answer.tasks as { kind: string; status: string }[]).map((t) => [t.kind, t.status]),
    ).toEqual([
      ['sign_off', 'done'],
      ['decision', 'open'],
    ]);
    expect(now[0].answer.tasks).toEqual([]);
    // Completions recorded before carry the whole status: the API reads both (task-command-answer.ts).
    for (const { answer } of taskAnswers('appointment-kernel-claimed-decided.json')) {
      expect(answer).not.toHaveProperty('sequence');
      expect(answer).toHaveProperty('eligibility');
    }
  });

  it('writes the journal by local activity under its patch, and by activity task in the runs begun before', () => {
    for (const file of [
      'appointment-local-journal-task-answers.json',
      'rotation-local-journal-decided-evaluated.json',
      'conference-local-journal-tie-decided.json',
      // An Update's handler and the main flow it woke both write: queued, they replay in order.
      'confidence-vote-local-journal-reconvened.json',
    ]) {
      const writes = journalWrites(file);
      expect({ file, byTask: writes.byTask, patched: writes.patches.includes(LOCAL_JOURNAL_PATCH) }).toEqual({
        file,
        byTask: 0,
        patched: true,
      });
      expect(writes.local).toBeGreaterThan(4);
    }
    for (const file of [
      'appointment-task-change-answers.json',
      'rotation-decided-evaluated-ended-early.json',
      'conference-tie-decided-by-head.json',
    ]) {
      const writes = journalWrites(file);
      expect({ file, local: writes.local, patched: writes.patches.includes(LOCAL_JOURNAL_PATCH) }).toEqual({
        file,
        local: 0,
        patched: false,
      });
      expect(writes.byTask).toBeGreaterThan(4);
    }
  });

  it('fails when the local journal writes are not queued: an Update and the main flow it woke then answer out of order', async () => {
    const reconvened = histories.filter((h) => h.file === 'confidence-vote-local-journal-reconvened.json');
    const unqueued = withModules({
      [join(__dirname, '..', 'src', 'journal-calls.ts')]: join(
        __dirname,
        'fixtures',
        'unqueued-journal-calls.ts',
      ),
    });
    const results = await replayAll(WORKFLOWS_ENTRY, reconvened, unqueued);
    expect(results).toHaveLength(1);
    expect(results[0].error).toBeInstanceOf(DeterminismViolationError);
  });

  it('fails when the order of the workflow commands changes', async () => {
    const appointments = histories.filter((h) => h.file.startsWith('appointment-'));
    const results = await replayAll(
      join(__dirname, 'fixtures', 'reordered-appointment.workflow.ts'),
      appointments,
    );
    expect(results).toHaveLength(appointments.length);
    for (const result of results) expect(result.error).toBeInstanceOf(DeterminismViolationError);
  });

  it('fails when the order of the rotation workflow’s commands changes', async () => {
    const rotations = histories.filter((h) => h.file.startsWith('rotation-'));
    expect(rotations).toHaveLength(4);
    const results = await replayAll(join(__dirname, 'fixtures', 'reordered-rotation.workflow.ts'), rotations);
    expect(results).toHaveLength(rotations.length);
    for (const result of results) expect(result.error).toBeInstanceOf(DeterminismViolationError);
  });

  it('fails when the order of the planning workflow’s commands changes', async () => {
    const plans = histories.filter((h) => h.file.startsWith('plan-'));
    expect(plans).toHaveLength(2);
    const results = await replayAll(join(__dirname, 'fixtures', 'reordered-plan.workflow.ts'), plans);
    expect(results).toHaveLength(plans.length);
    for (const result of results) expect(result.error).toBeInstanceOf(DeterminismViolationError);
  });

  it('fails when the order of the training class workflow’s commands changes', async () => {
    const classes = histories.filter((h) => h.file.startsWith('training-'));
    expect(classes).toHaveLength(1);
    const results = await replayAll(join(__dirname, 'fixtures', 'reordered-training.workflow.ts'), classes);
    expect(results).toHaveLength(classes.length);
    for (const result of results) expect(result.error).toBeInstanceOf(DeterminismViolationError);
  });

  it('fails when the order of the confidence-vote workflow’s commands changes', async () => {
    const votes = histories.filter((h) => h.file.startsWith('confidence-vote-'));
    expect(votes).toHaveLength(2);
    const results = await replayAll(
      join(__dirname, 'fixtures', 'reordered-confidence-vote.workflow.ts'),
      votes,
    );
    expect(results).toHaveLength(votes.length);
    for (const result of results) expect(result.error).toBeInstanceOf(DeterminismViolationError);
  });

  it('fails when the order of the conference workflow’s commands changes', async () => {
    const conferences = histories.filter((h) => h.file.startsWith('conference-'));
    expect(conferences).toHaveLength(3);
    const results = await replayAll(
      join(__dirname, 'fixtures', 'reordered-conference.workflow.ts'),
      conferences,
    );
    expect(results).toHaveLength(conferences.length);
    for (const result of results) expect(result.error).toBeInstanceOf(DeterminismViolationError);
  });

  it('fails when the order of the webhook delivery workflow’s commands changes', async () => {
    const deliveries = histories.filter((h) => h.file.startsWith('webhook-'));
    expect(deliveries).toHaveLength(1);
    const results = await replayAll(join(__dirname, 'fixtures', 'reordered-webhook.workflow.ts'), deliveries);
    expect(results).toHaveLength(deliveries.length);
    for (const result of results) expect(result.error).toBeInstanceOf(DeterminismViolationError);
  });

  it('fails when the order of the mail notifier’s commands changes', async () => {
    const notifiers = histories.filter((h) => h.file.startsWith('notification-'));
    expect(notifiers).toHaveLength(1);
    const results = await replayAll(
      join(__dirname, 'fixtures', 'reordered-notification.workflow.ts'),
      notifiers,
    );
    expect(results).toHaveLength(notifiers.length);
    for (const result of results) expect(result.error).toBeInstanceOf(DeterminismViolationError);
  });
});
