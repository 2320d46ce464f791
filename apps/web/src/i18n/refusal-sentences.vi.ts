import type { RefusalSentences } from './refusal-words';

/** Vietnamese: the refusals the panel writes itself, people by name (see refusal-words.ts). */
export const refusalSentencesVi: RefusalSentences = {
  conference_closed: () => 'Hội nghị đã kết thúc, không nhận thêm thao tác.',
  not_secretary: (p, w) =>
    `Chỉ thư ký hội nghị là ${w.user(p.secretaryId)} được ghi điểm danh và nhập kết quả kiểm phiếu.`,
  not_head: (p, w) =>
    `Chỉ người chủ trì là ${w.user(p.headId)} được quyết định trường hợp đạt đúng 50% số phiếu.`,
  attendance_recorded: () => 'Điểm danh đã được ghi nhận.',
  member_twice: (p, w) => `${w.user(p.memberId)} được ghi có mặt hai lần.`,
  not_summoned: (p, w) => `${w.user(p.memberId)} không có trong danh sách triệu tập.`,
  attendance_first: () => 'Hãy ghi điểm danh trước khi nhập kết quả kiểm phiếu.',
  quorum_not_met: () => 'Hội nghị không đủ 2/3 số người được triệu tập có mặt, không thể biểu quyết.',
  tally_entered: () => 'Kết quả kiểm phiếu đã được nhập.',
  sheet_hash: () => 'Tệp biên bản kiểm phiếu chưa được đọc đúng (mã SHA-256 không hợp lệ): hãy chọn lại tệp.',
  ballots_cast: (p, w) =>
    `Số phiếu phát ra phải là số nguyên từ 0 đến ${w.num(p.attending)} (số người có mặt).`,
  approval_ballot: () => 'Hội nghị này biểu quyết đồng ý: hãy nhập số phiếu đồng ý của từng người.',
  confidence_ballot: () =>
    'Hội nghị này lấy phiếu tín nhiệm: hãy nhập số phiếu tín nhiệm cao, tín nhiệm và tín nhiệm thấp của từng người.',
  every_candidate: () => 'Kết quả kiểm phiếu phải có đủ mỗi người được bỏ phiếu, mỗi người một lần.',
  votes_range: (p, w) =>
    `Số phiếu của ${w.cadre(p.candidateId)} phải là số nguyên từ 0 đến ${w.num(p.ballotsCast)} phiếu phát ra.`,
  count_negative: (p, w) =>
    `Số phiếu “${w.level(p.level)}” của ${w.cadre(p.candidateId)} phải là số nguyên không âm.`,
  counts_exceed: (p, w) =>
    `Tổng ba mức của ${w.cadre(p.candidateId)} (${w.num(p.sum)}) vượt quá ${w.num(p.ballotsCast)} phiếu phát ra.`,
  no_tie: (p, w) => `Không có trường hợp ngang phiếu nào của ${w.cadre(p.candidateId)} đang chờ quyết định.`,
  reason_required: (p) =>
    p.command === 'reconvene' ? 'Hãy nêu lý do triệu tập lại hội nghị.' : 'Hãy nêu lý do.',
  claimed_by_other: (p, w) => (p.claimedBy ? `${w.user(p.claimedBy)} đã nhận nhiệm vụ này.` : undefined),
  conference_refused: () => 'Hội nghị không nhận thao tác này.',
};
