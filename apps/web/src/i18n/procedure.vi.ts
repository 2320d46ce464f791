/**
 * Vietnamese texts of the appointment procedure's screens (inbox, procedure page, conferences, start form,
 * CSV import, dashboard), one module a screen, spread here. Merged into `vi` as `proc`; English in
 * procedure.en.ts with the same keys.
 */
import { districtFiguresVi } from './district-figures.vi';
import { procedureScreensVi } from './procedure-screens.vi';
import { procedureTermsVi } from './procedure-terms.vi';
import { procedureInboxVi } from './procedure-inbox.vi';
import { procedurePageVi } from './procedure-page.vi';
import { procedureActionsVi } from './procedure-actions.vi';
import { procedureStartVi } from './procedure-start.vi';

export const procedureVi = {
  ...procedureTermsVi,
  ...procedureInboxVi,
  ...procedurePageVi,
  ...procedureActionsVi,
  ...procedureStartVi,
  mine: {
    title: 'Quy trình tôi đề xuất',
    allTitle: 'Quy trình bổ nhiệm',
    new: 'Bắt đầu quy trình mới',
    empty: 'Chưa có quy trình nào.',
    overdueOnly: 'Chỉ quy trình quá hạn',
    onlyMine: 'Chỉ quy trình tôi đề xuất',
    colPost: 'Chức danh',
    colCandidates: 'Người được đề nghị',
    colStage: 'Bước',
    colState: 'Trạng thái',
    colDue: 'Hạn',
    count: (n: number) => `${n} quy trình`,
  },
  ...procedureScreensVi,
  ...districtFiguresVi,
  cadreTimeline: {
    title: 'Quá trình xem xét bổ nhiệm',
    intro: 'Các mốc của từng quy trình mà cán bộ được đề nghị, ghi lại từ cơ sở dữ liệu.',
    empty: 'Cán bộ chưa được đề nghị trong quy trình nào.',
    failed: 'Không tải được quá trình xem xét.',
    procedure: 'Quy trình',
  },
};
