import type { TaskView } from '../api/appointment-types';
import type { PlanCandidateView, PlanPostView, PlanView } from '../api/plan-types';
import type { RuleCheck } from '../api/types';
import { task } from './appointment-fixtures';

const check = (
  rule: string,
  passed: boolean,
  parameters: RuleCheck['parameters'],
  detail = '',
): RuleCheck => ({
  rule,
  passed,
  detail: detail || `${rule} detail`,
  citation: 'QĐ 50-QĐ/TW, Điều 4',
  parameters,
});

export function candidate(overrides: Partial<PlanCandidateView> = {}): PlanCandidateView {
  return {
    cadreId: 'CB-0001',
    cadreName: 'Hoàng Văn Cường',
    status: 'candidate',
    addedBy: 'U-HR-01',
    addedAt: '2026-01-10T02:00:00.000Z',
    reason: null,
    removedReason: null,
    publishedFrom: null,
    ...overrides,
  };
}

export function post(overrides: Partial<PlanPostView> = {}): PlanPostView {
  return {
    postCode: 'DH-QA-CT-UBND',
    postTitle: 'Chủ tịch UBND',
    unitCode: 'DH-QA',
    unitName: 'Xã Quảng An',
    level: 'commune',
    rankGroup: 'chair',
    candidates: [],
    count: 0,
    max: 3,
    ...overrides,
  };
}

/** HR's revision task of the drawing up, as the API gives it to one of the plan's HR officers. */
export function composeTask(overrides: Partial<TaskView> = {}): TaskView {
  return task({
    workflowId: 'plan/DH-QA/2025-2030',
    procedureKind: 'plan',
    taskKey: 'revision-1',
    kind: 'revision',
    label: 'Xây dựng danh sách quy hoạch',
    assigneeIds: ['U-HR-01'],
    actions: ['act'],
    stage: 'drafting',
    ...overrides,
  });
}

/**
 * The board of Xã Quảng An for 2025-2030 while HR draws it up: two units, the chairman's post with two
 * people of three, the vice-chairman's empty, the party secretary's post of the sub-unit with one taken out;
 * the women's share target missed.
 */
export function planView(overrides: Partial<PlanView> = {}): PlanView {
  return {
    id: 'plan/DH-QA/2025-2030',
    unitCode: 'DH-QA',
    unitName: 'Xã Quảng An',
    term: '2025-2030',
    state: 'in_progress',
    stage: 'drafting',
    candidates: 2,
    proposedBy: 'U-HR-01',
    proposedAt: '2026-01-05T02:00:00.000Z',
    updatedAt: '2026-01-10T02:00:00.000Z',
    legalBasis: 'QD377-2025',
    round: 1,
    posts: [
      post({
        candidates: [
          candidate(),
          candidate({ cadreId: 'CB-0002', cadreName: 'Lê Thị Hoa', addedAt: '2026-01-11T02:00:00.000Z' }),
        ],
        count: 2,
      }),
      post({ postCode: 'DH-QA-PCT-UBND', postTitle: 'Phó Chủ tịch UBND' }),
      post({
        postCode: 'DH-QA-T1-BT',
        postTitle: 'Bí thư Chi bộ',
        unitCode: 'DH-QA-T1',
        unitName: 'Thôn 1',
        candidates: [
          candidate({
            cadreId: 'CB-0003',
            cadreName: 'Trần Văn Bình',
            status: 'removed',
            removedReason: 'Chuyển công tác',
          }),
        ],
        count: 0,
      }),
    ],
    structure: [
      check('planning_young_share', true, { count: 1, total: 2, minPercent: 15 }),
      check('planning_women_share', false, { count: 0, total: 2, minPercent: 25 }),
      check('planning_age_bands', true, { bands: 3, min: 3, bandYears: 5 }),
    ],
    approvals: [],
    reviews: [],
    proposals: [],
    parties: {
      keyCadre: { summonedIds: ['U-BT-01', 'U-PBT-01'], secretaryId: 'U-PBT-01', headId: 'U-BT-01' },
      collective: { summonedIds: ['U-BT-01', 'U-PBT-01'], secretaryId: 'U-PBT-01', headId: 'U-BT-01' },
      signerId: 'U-CT-01',
      hrIds: ['U-HR-01'],
    },
    closedReason: null,
    tasks: [composeTask()],
    timeline: [],
    ...overrides,
  };
}
