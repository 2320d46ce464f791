import type { CadreCvFacts } from '@personnel/contracts';
import type { DocumentBlock, OfficialDocument } from './official-document';
import { DISCIPLINES, RATINGS } from './vietnamese-terms';
import { dayOf, placeAndDate, shortDate } from './vietnamese-dates';
import { placeName } from './issuing-body';

/** Month and year as the 2C form's history writes them: "03/2019". */
const monthYear = (isoDate: string): string => `${isoDate.slice(5, 7)}/${isoDate.slice(0, 4)}`;

/**
 * The CV (sơ yếu lý lịch) in the form of mẫu 2C (Thông tư 06/2023/TT-BNV) from the registry: the
 * items the registry holds are printed from it; the items it does not hold (other names, birthplace,
 * residence, …) keep the form's dots for the cadre to complete by hand, never a guess.
 */
export function cv2c(
  cadre: CadreCvFacts,
  context: { district: string; asOf: string; managingBody: string },
  draft: boolean,
): OfficialDocument {
  const field = (n: string, label: string, value: string | null): DocumentBlock => ({
    kind: 'paragraph',
    text: `${n}) ${label}: ${value ?? '…………………………'}`,
  });
  const gender = cadre.gender === 'female' ? 'Nữ' : 'Nam';
  const blocks: DocumentBlock[] = [
    field('1', 'Họ và tên khai sinh (viết chữ in hoa)', cadre.fullName.toLocaleUpperCase('vi-VN')),
    field('2', 'Tên gọi khác', null),
    field('3', 'Sinh ngày', `${shortDate(cadre.birthDate)}; Giới tính: ${gender}`),
    field('4', 'Nơi sinh', null),
    field('5', 'Quê quán', cadre.hometown),
    field('6', 'Dân tộc', cadre.ethnicity),
    field('7', 'Tôn giáo', null),
    field('8', 'Nơi đăng ký thường trú', null),
    field('9', 'Chức vụ (chức danh) hiện tại', cadre.currentPost),
    field('10', 'Trình độ chuyên môn cao nhất', cadre.education),
    field('11', 'Lý luận chính trị', cadre.politicalTheory),
    field('12', 'Quản lý nhà nước', cadre.stateManagement),
    field('13', 'Đảng viên Đảng Cộng sản Việt Nam', cadre.partyMember ? 'Có' : 'Không'),
    { kind: 'heading', text: '14) TÓM TẮT QUÁ TRÌNH CÔNG TÁC' },
    {
      kind: 'table',
      widths: [2, 2, 7, 3],
      header: ['Từ tháng, năm', 'Đến tháng, năm', 'Chức danh, chức vụ, đơn vị công tác', 'Quyết định'],
      rows: cadre.history.map((h) => [
        monthYear(h.from),
        h.to ? monthYear(h.to) : 'nay',
        `${h.post}, ${h.unit}`,
        h.decisionRef ?? '',
      ]),
    },
    { kind: 'heading', text: '15) KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI HẰNG NĂM' },
    {
      kind: 'table',
      widths: [2, 8],
      header: ['Năm', 'Xếp loại'],
      rows: cadre.evaluations.map((e) => [String(e.year), RATINGS[e.rating] ?? e.rating]),
    },
    { kind: 'heading', text: '16) KỶ LUẬT' },
    cadre.disciplines.length === 0
      ? { kind: 'paragraph', text: 'Không.' }
      : {
          kind: 'table',
          widths: [2, 3, 7],
          header: ['Ngày', 'Hình thức', 'Lý do'],
          rows: cadre.disciplines.map((d) => [
            shortDate(d.decidedAt),
            DISCIPLINES[d.form] ?? d.form,
            d.reason,
          ]),
        },
  ];
  return {
    kind: 'cv_2c',
    draft,
    format: 'state',
    header: {
      nationalLines: ['Mẫu 2C', 'Thông tư 06/2023/TT-BNV'],
      parentBody: `Cơ quan quản lý: ${context.managingBody}`,
      body: cadre.currentPost ? `Đơn vị sử dụng: ${cadre.currentPost}` : 'Đơn vị sử dụng: …',
      number: `Số hiệu cán bộ, công chức: ${cadre.code}`,
      placeAndDate: placeAndDate(placeName(context.district), dayOf(context.asOf)),
    },
    title: 'SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC',
    subject: null,
    authority: null,
    bases: [],
    blocks,
    recipients: [],
    signatures: [
      {
        lines: ['NGƯỜI KHAI', 'Tôi xin cam đoan những lời khai trên đây là đúng sự thật'],
        name: cadre.fullName,
      },
      { lines: ['THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ QUẢN LÝ'], name: null },
    ],
    documentTitle: `Sơ yếu lý lịch mẫu 2C — ${cadre.fullName}`,
  };
}
