import type { LegalBasis } from '@personnel/contracts';

/**
 * The legal bases as a document cites them ("Căn cứ …"), in full, per basis a procedure pinned
 * (libs/domain/src/legal-basis: the same keys). A basis that rests on another cites both, in the order
 * of their force: the Party's regulation, then the state's decree.
 */
const TITLES: Readonly<Record<string, string>> = {
  QD50: 'Quy định số 50-QĐ/TW ngày 27 tháng 12 năm 2021 của Bộ Chính trị về công tác quy hoạch cán bộ',
  QD80: 'Quy định số 80-QĐ/TW ngày 18 tháng 8 năm 2022 của Bộ Chính trị về phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử',
  QD377:
    'Quy định số 377-QĐ/TW năm 2025 của Bộ Chính trị về phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử',
  QD65: 'Quy định số 65-QĐ/TW ngày 28 tháng 4 năm 2022 của Bộ Chính trị về luân chuyển cán bộ',
  QD96: 'Quy định số 96-QĐ/TW ngày 02 tháng 02 năm 2023 của Bộ Chính trị về việc lấy phiếu tín nhiệm, bỏ phiếu tín nhiệm đối với chức danh, chức vụ lãnh đạo, quản lý trong hệ thống chính trị',
  ND138:
    'Nghị định số 138/2020/NĐ-CP ngày 27 tháng 11 năm 2020 của Chính phủ quy định về tuyển dụng, sử dụng và quản lý công chức',
};

const CITED: Readonly<Record<LegalBasis, readonly string[]>> = {
  'QD50-2021': ['QD50', 'ND138'],
  'QD80-2022': ['QD80', 'ND138'],
  'ND138-2020': ['ND138'],
  'QD377-2025': ['QD377', 'ND138'],
  'QD65-2022': ['QD65', 'ND138'],
};

/** "Căn cứ <title>;" for each act the basis rests on. */
export function citedBases(basis: LegalBasis | null): string[] {
  if (!basis) return [];
  return (CITED[basis] ?? []).map((act) => `Căn cứ ${TITLES[act]};`);
}

/** The planning regulation a planning resolution cites (QĐ 377 replaced QĐ 50 from 2025-10-08). */
export function planningBases(basis: LegalBasis | null): string[] {
  const act = basis === 'QD377-2025' ? 'QD377' : 'QD50';
  return [`Căn cứ ${TITLES[act]};`];
}

/** The confidence-vote regulation (QĐ 96) a confidence-vote record cites. */
export function confidenceBases(): string[] {
  return [`Căn cứ ${TITLES.QD96};`];
}
