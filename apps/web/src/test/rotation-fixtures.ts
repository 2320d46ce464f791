import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { UserDirectoryEntry } from '../api/appointment-types';
import type { RotationBatchItem, RotationBatchView, RotationPlan } from '../api/rotation-types';
import type { StandingBodyView } from '../api/standing-body-endpoints';
import type { CadreView, PostView } from '../api/types';

/** The directory: two members of the collective, an org-office signer-off, the chairman, the receiving unit, the rotated cadre. */
export const USERS = [
  ['U-BT-01', 'Phạm Văn Bí', null],
  ['U-PBT-01', 'Lê Thị Phó', null],
  ['U-TCNV-01', 'Trần Văn Tổ', null],
  ['U-CT-01', 'Vũ Văn Chủ', null],
  ['U-QL-01', 'Đỗ Thị Nhận', null],
  ['U-CB-0007', 'Nguyễn Văn An', 'CB-0007'],
].map(
  ([username, fullName, cadreId]) =>
    ({ username, fullName, roles: ['approver'], unitCode: 'DH', cadreId }) as unknown as UserDirectoryEntry,
);

export const CADRE = {
  code: 'CB-0007',
  fullName: 'Nguyễn Văn An',
  currentPost: {
    assignmentId: 'a-1',
    kind: 'appointment',
    postCode: 'DH-QA-CT-UBND',
    postTitle: 'Chủ tịch UBND',
    unitCode: 'DH-QA',
    unitName: 'Xã Quảng An',
    fromDate: '2021-06-01',
  },
} as unknown as CadreView;

export const DESTINATION = {
  code: 'DH-QL-CT-UBND',
  title: 'Chủ tịch UBND',
  unitCode: 'DH-QL',
  unitName: 'Xã Quảng Lâm',
  isHead: true,
  requiresNonLocal: true,
} as unknown as PostView;

/** The district's standing committee of the directory above: the head, the secretary, one more member. */
export const STANDING_COMMITTEE: StandingBodyView = {
  id: 'body-btv',
  code: 'DH-BTV',
  name: 'Ban Thường vụ Huyện ủy Đầm Hà',
  unitCode: 'DH',
  unitName: 'Huyện Đầm Hà',
  kind: 'standing_committee',
  members: [
    { userId: 'U-BT-01', role: 'head' },
    { userId: 'U-PBT-01', role: 'secretary' },
    { userId: 'U-TCNV-01', role: 'member' },
  ],
  active: true,
  version: 3,
  createdAt: '2026-01-05T02:00:00.000Z',
  updatedAt: '2026-03-01T02:00:00.000Z',
};

/** A body of another kind HR may also use: offered, never chosen for HR. */
export const KEY_CADRES: StandingBodyView = {
  ...STANDING_COMMITTEE,
  id: 'body-cc',
  code: 'DH-QA-CC',
  name: 'Hội nghị cán bộ chủ chốt xã Quảng An',
  unitCode: 'DH-QA',
  unitName: 'Xã Quảng An',
  kind: 'key_cadre_conference',
  members: [
    { userId: 'U-CT-01', role: 'head' },
    { userId: 'U-QL-01', role: 'secretary' },
  ],
};

export const page = <T>(items: T[]) => ({ items, total: items.length, limit: 10, offset: 0 });

/** Fills in the parties the way HR does: a collective, one sign-off step, the signer, one receiving user. */
export async function fillParties(user: UserEvent) {
  const collective = screen.getByRole('group', { name: 'Tập thể lãnh đạo xem xét, biểu quyết' });
  for (const member of ['U-BT-01', 'U-PBT-01']) {
    await user.selectOptions(
      within(collective).getByRole('combobox', { name: 'Thành phần triệu tập' }),
      member,
    );
    await user.click(within(collective).getByRole('button', { name: 'Thêm' }));
  }
  await user.selectOptions(within(collective).getByLabelText('Thư ký'), 'U-PBT-01');
  await user.selectOptions(within(collective).getByLabelText('Chủ trì'), 'U-BT-01');
  await fillPartiesBesidesCollective(user);
}

/** The parties after the collective: one sign-off step, the signer, one receiving user. */
export async function fillPartiesBesidesCollective(user: UserEvent) {
  await user.click(screen.getByRole('button', { name: 'Thêm bước ký duyệt' }));
  await user.type(screen.getByLabelText('Tên bước'), 'Cơ quan Tổ chức - Nội vụ thẩm định');
  const step = screen.getByRole('combobox', { name: /^Người ký \(/ });
  await user.selectOptions(step, 'U-TCNV-01');
  await user.click(within(step.closest('.user-list') as HTMLElement).getByRole('button', { name: 'Thêm' }));

  await user.selectOptions(screen.getByRole('combobox', { name: /^Người ký quyết định/ }), 'U-CT-01');
  const receiving = screen.getByRole('group', {
    name: 'Người của đơn vị nhận (tiếp nhận, đánh giá hằng năm)',
  });
  await user.selectOptions(within(receiving).getByRole('combobox'), 'U-QL-01');
  await user.click(within(receiving).getByRole('button', { name: 'Thêm' }));
}

/** The parties fillParties chooses, as the API receives them. */
export const PARTIES = {
  collective: { summonedIds: ['U-BT-01', 'U-PBT-01'], secretaryId: 'U-PBT-01', headId: 'U-BT-01' },
  signOffMode: 'sequential',
  signOff: [
    {
      key: 'co-quan-to-chuc-noi-vu-tham-dinh',
      label: 'Cơ quan Tổ chức - Nội vụ thẩm định',
      assigneeIds: ['U-TCNV-01'],
    },
  ],
  signerId: 'U-CT-01',
  receivingIds: ['U-QL-01'],
};

const MOVE = {
  cadreId: 'CB-0007',
  fromPostId: 'DH-QA-CT-UBND',
  toUnitCode: 'DH-QL',
  toPostId: 'DH-QL-CT-UBND',
  reason: 'non_local_rule' as const,
  months: 36,
  replaceHolder: true,
};
const SWAP = {
  ...MOVE,
  cadreId: 'CB-0011',
  fromPostId: 'DH-QL-CT-UBND',
  toUnitCode: 'DH-QA',
  toPostId: 'DH-QA-CT-UBND',
};

export const PLAN: RotationPlan = {
  asOf: '2026-12-01',
  legalBasis: 'QD65-2022',
  months: 36,
  targets: ['non_local_heads', 'head_term_limit'],
  moves: [
    {
      move: MOVE,
      cadreName: 'Nguyễn Văn An',
      fromPostTitle: 'Chủ tịch UBND',
      fromUnitName: 'Xã Quảng An',
      toPostTitle: 'Chủ tịch UBND',
      toUnitName: 'Xã Quảng Lâm',
      replacesCadreIds: ['CB-0011'],
      satisfies: [
        { rule: 'non_local_head', citation: 'Chỉ thị 45-CT/TW', detail: 'hometown QN.DH.QA is not QN.DH.QL' },
        { rule: 'service_left_for_rotation', citation: 'QĐ 65-QĐ/TW', detail: '14 years of service left' },
      ],
    },
    {
      move: SWAP,
      cadreName: 'Trần Thị Bình',
      fromPostTitle: 'Chủ tịch UBND',
      fromUnitName: 'Xã Quảng Lâm',
      toPostTitle: 'Chủ tịch UBND',
      toUnitName: 'Xã Quảng An',
      replacesCadreIds: ['CB-0007'],
      satisfies: [{ rule: 'non_local_head', citation: 'Chỉ thị 45-CT/TW', detail: 'hometown differs' }],
    },
  ],
  unmet: [
    {
      target: 'non_local_heads',
      postId: 'DH-TB-BT',
      unitCode: 'DH-TB',
      why: 'no cadre in planning is from elsewhere',
      failingRules: [{ rule: 'in_planning', cadres: 4 }],
    },
  ],
  figures: {
    before: { communeHeadPosts: 18, communeHeadsNonLocal: 15, headsOverTwoTerms: 1, vacantHeadPosts: 0 },
    after: { communeHeadPosts: 18, communeHeadsNonLocal: 17, headsOverTwoTerms: 1, vacantHeadPosts: 0 },
  },
  solver: { name: 'HiGHS', status: 'Optimal', variables: 120, constraints: 40, millis: 35 },
};

export function batchItem(overrides: Partial<RotationBatchItem> = {}): RotationBatchItem {
  return {
    index: 0,
    move: MOVE,
    cadreName: 'Nguyễn Văn An',
    status: 'started',
    workflowId: 'rotation/CB-0007/1',
    problems: [],
    procedureState: 'in_progress',
    procedureStage: 'consultation',
    ...overrides,
  };
}

export function batch(
  items: RotationBatchItem[],
  overrides: Partial<RotationBatchView> = {},
): RotationBatchView {
  const count = (f: (i: RotationBatchItem) => boolean) => items.filter(f).length;
  return {
    id: 'b-1',
    idempotencyKey: 'plan-1',
    createdBy: 'U-HR-01',
    createdAt: '2026-12-01T02:00:00.000Z',
    progress: {
      total: items.length,
      proposed: count((i) => i.status === 'proposed'),
      started: count((i) => i.status === 'started'),
      refused: count((i) => i.status === 'refused'),
      inProgress: count((i) => i.procedureState === 'in_progress'),
      decided: count((i) => i.procedureState === 'rotating'),
      closed: 0,
    },
    items,
    ...overrides,
  };
}
