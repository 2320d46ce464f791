import { describe, expect, it } from 'vitest';
import { task, taskAnswer } from '../test/appointment-fixtures';
import { applyProcedureAnswer, applyTaskAnswer } from './task-answer';

const ID = 'appointment/DH-QA-CT-UBND/1';
const approved = taskAnswer(
  task({ status: 'done', outcome: 'approve', completedBy: 'U-TCNV-01', comment: 'Hồ sơ đủ', actions: [] }),
  { stage: 'awaiting_decision' },
);

describe('a task command’s answer applied to what a page shows', () => {
  it('gives the changed task its new state, outcome and actions, and every task of the procedure its stage', () => {
    const tasks = [task(), task({ taskKey: 'r1-deputy', assigneeIds: ['U-PBT-01'], actions: [] })];
    const [decided, other] = applyTaskAnswer(tasks, approved);
    expect(decided).toMatchObject({
      taskKey: 'r1-org-office',
      status: 'done',
      outcome: 'approve',
      completedBy: 'U-TCNV-01',
      comment: 'Hồ sơ đủ',
      actions: [],
      stage: 'awaiting_decision',
      // What the answer does not carry stays as the page had it.
      postTitle: 'Chủ tịch UBND xã Quảng An',
      cadreNames: ['Hoàng Văn Cường'],
    });
    expect(other).toEqual({ ...tasks[1], stage: 'awaiting_decision' });
  });

  it('leaves the rows of other procedures alone (an inbox holds many)', () => {
    const elsewhere = task({ workflowId: 'appointment/DH-QL-CT-UBND/1' });
    expect(applyTaskAnswer([elsewhere], approved)).toEqual([elsewhere]);
  });

  it('moves a procedure page’s state and stage, and only the page of that procedure', () => {
    const view = { id: ID, state: 'in_progress', stage: 'sign_off', tasks: [task()], round: 1 };
    expect(applyProcedureAnswer(view, approved)).toMatchObject({
      id: ID,
      stage: 'awaiting_decision',
      round: 1,
      tasks: [{ status: 'done', outcome: 'approve' }],
    });
    const other = { ...view, id: 'appointment/DH-QL-CT-UBND/1' };
    expect(applyProcedureAnswer(other, approved)).toBe(other);
  });
});
