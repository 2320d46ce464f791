import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { TaskView } from '../api/appointment-types';
import { task, taskAnswer } from '../test/appointment-fixtures';
import { answerPatch } from './task-answer';
import { useLiveProcedure } from './use-live-procedure';

const ID = 'appointment/DH-QA-CT-UBND/1';
type View = { id: string; state: string; stage: string; tasks: TaskView[]; journal: number };
const before: View = { id: ID, state: 'in_progress', stage: 'sign_off', tasks: [task()], journal: 16 };
const done = { ...task(), status: 'done' as const, outcome: 'approve' as const, actions: [] };
const answer = taskAnswer(done);
const after: View = {
  ...before,
  tasks: [done],
  journal: 17,
};

/** A read of the procedure that answers when the test says so. */
function deferredRead() {
  let answer!: (view: View) => void;
  const read = new Promise<{ data: View; changed: boolean }>(
    (resolve) => (answer = (data) => resolve({ data, changed: true })),
  );
  return { read, answer };
}

/** Lets a read answer `view` and waits until the page took it. */
function answerRead(read: ReturnType<typeof deferredRead>, view: View) {
  return act(() => {
    read.answer(view);
    return read.read.then(() => undefined);
  });
}

function livePage() {
  const reads: ReturnType<typeof deferredRead>[] = [];
  const fetch = vi.fn(() => {
    const next = deferredRead();
    reads.push(next);
    return next.read;
  });
  const hook = renderHook(() => useLiveProcedure<View>(ID, fetch, () => true));
  return { hook, reads, fetch };
}

describe('a procedure page kept live, after a task command', () => {
  it('shows the command’s answer at once and reads the rest in the background', async () => {
    const { hook, reads, fetch } = livePage();
    await answerRead(reads[0], before);
    expect(hook.result.current.current?.tasks[0].status).toBe('open');

    act(() => hook.result.current.done('Đã ghi nhận: đồng ý.', answerPatch<View>(answer)));
    // The task is shown done before the background read has answered.
    expect(hook.result.current.current?.tasks[0]).toMatchObject({ status: 'done', actions: [] });
    expect(hook.result.current.feedback?.message).toBe('Đã ghi nhận: đồng ý.');
    expect(fetch).toHaveBeenCalledTimes(2);

    await answerRead(reads[1], after);
    expect(hook.result.current.current?.journal).toBe(17);
  });

  it('keeps the answer over a read that began before it and answers after it', async () => {
    const { hook, reads } = livePage();
    await answerRead(reads[0], before);
    // A poll is in flight when the user's command answers: the page asks for no second read meanwhile.
    act(() => void hook.result.current.refreshNow());
    await waitFor(() => expect(reads).toHaveLength(2));
    act(() => hook.result.current.done('Đã ghi nhận: đồng ý.', answerPatch<View>(answer)));
    expect(reads).toHaveLength(2);

    await answerRead(reads[1], before);
    expect(hook.result.current.current).toMatchObject({ journal: 16, tasks: [{ status: 'done' }] });

    // The next read began after the answer: it shows the command, and is shown as it is.
    act(() => void hook.result.current.refreshNow());
    await waitFor(() => expect(reads).toHaveLength(3));
    await answerRead(reads[2], { ...after, stage: 'awaiting_decision' });
    expect(hook.result.current.current).toMatchObject({ journal: 17, stage: 'awaiting_decision' });
  });

  it('without an answer (another kind of command) waits for the read as before', async () => {
    const { hook, reads } = livePage();
    await answerRead(reads[0], before);
    act(() => hook.result.current.done('Đã ghi nhận.'));
    expect(hook.result.current.current?.tasks[0].status).toBe('open');
    await answerRead(reads[1], after);
    expect(hook.result.current.current?.tasks[0].status).toBe('done');
  });
});
