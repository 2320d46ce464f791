import type { ApiErrorBody, ConferenceRefusalCode } from '@personnel/contracts';
import type { ApiLanguage } from './request-language';

type Params = NonNullable<ApiErrorBody['params']>;
export type Sentence = (p: Params) => string;

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/** The three levels of a confidence ballot (QĐ 96) a count refusal names. */
const LEVELS: Record<ApiLanguage, Record<string, string>> = {
  vi: { high: 'tín nhiệm cao', confidence: 'tín nhiệm', low: 'tín nhiệm thấp' },
  en: { high: 'high confidence', confidence: 'confidence', low: 'low confidence' },
};
const levelOf = (lang: ApiLanguage, p: Params) => LEVELS[lang][text(p.level)] ?? text(p.level);

/**
 * Every refusal of a conference command (contracts `ConferenceRefusalCode`) in Vietnamese and English,
 * from its params; users and cadres by their ids (the panel shows their names). Typed by the code, so
 * a new code fails the build until both languages write it.
 */
export const CONFERENCE_REFUSAL_MESSAGES: Record<ConferenceRefusalCode, Record<ApiLanguage, Sentence>> = {
  conference_closed: {
    vi: () => 'Hội nghị đã kết thúc, không nhận thêm thao tác.',
    en: () => 'The conference is closed; it takes no more commands.',
  },
  not_secretary: {
    vi: (p) => `Chỉ thư ký hội nghị (${text(p.secretaryId)}) ghi điểm danh và nhập kết quả kiểm phiếu.`,
    en: (p) => `Only the conference's secretary (${text(p.secretaryId)}) records attendance and the tally.`,
  },
  not_head: {
    vi: (p) => `Chỉ người chủ trì (${text(p.headId)}) quyết định trường hợp đạt đúng 50% số phiếu.`,
    en: (p) => `Only the head of the collective (${text(p.headId)}) decides a tie.`,
  },
  attendance_recorded: {
    vi: () => 'Điểm danh đã được ghi nhận.',
    en: () => 'Attendance is already recorded.',
  },
  member_twice: {
    vi: (p) => `${text(p.memberId)} được ghi có mặt hai lần.`,
    en: (p) => `${text(p.memberId)} is listed twice.`,
  },
  not_summoned: {
    vi: (p) => `${text(p.memberId)} không có trong danh sách triệu tập.`,
    en: (p) => `${text(p.memberId)} was not summoned.`,
  },
  attendance_first: {
    vi: () => 'Hãy ghi điểm danh trước khi nhập kết quả kiểm phiếu.',
    en: () => 'Record attendance before the tally.',
  },
  quorum_not_met: {
    vi: () => 'Hội nghị không đủ 2/3 số người được triệu tập có mặt, không thể biểu quyết.',
    en: () => 'Fewer than 2/3 of those summoned attended; no vote can be taken.',
  },
  tally_entered: {
    vi: () => 'Kết quả kiểm phiếu đã được nhập.',
    en: () => 'The tally is already entered.',
  },
  sheet_hash: {
    vi: () => 'Mã SHA-256 của biên bản kiểm phiếu phải gồm 64 ký tự thập lục phân.',
    en: () => 'The SHA-256 of the tally sheet must be 64 hexadecimal characters.',
  },
  ballots_cast: {
    vi: (p) => `Số phiếu phát ra phải là số nguyên từ 0 đến ${text(p.attending)} (số người có mặt).`,
    en: (p) => `The ballots cast must be a whole number from 0 to the ${text(p.attending)} attending.`,
  },
  approval_ballot: {
    vi: () => 'Hội nghị này biểu quyết đồng ý: hãy nhập số phiếu đồng ý của từng người.',
    en: () => 'This conference takes an approval ballot: give the votes for each candidate.',
  },
  confidence_ballot: {
    vi: () =>
      'Hội nghị này lấy phiếu tín nhiệm: hãy nhập số phiếu tín nhiệm cao, tín nhiệm và tín nhiệm thấp của từng người.',
    en: () => 'This conference takes a confidence ballot: give high, confidence and low for each holder.',
  },
  every_candidate: {
    vi: () => 'Kết quả kiểm phiếu phải có đủ mỗi người được bỏ phiếu, mỗi người một lần.',
    en: () => 'The tally must give the counts of every candidate, once.',
  },
  votes_range: {
    vi: (p) =>
      `Số phiếu của ${text(p.candidateId)} phải là số nguyên từ 0 đến ${text(p.ballotsCast)} phiếu phát ra.`,
    en: (p) =>
      `Votes for ${text(p.candidateId)} must be a whole number from 0 to the ${text(p.ballotsCast)} ballots cast.`,
  },
  count_negative: {
    vi: (p) => `Số phiếu ${levelOf('vi', p)} của ${text(p.candidateId)} phải là số nguyên không âm.`,
    en: (p) => `The ${levelOf('en', p)} count for ${text(p.candidateId)} must be a whole number ≥ 0.`,
  },
  counts_exceed: {
    vi: (p) =>
      `Tổng ba mức của ${text(p.candidateId)} (${text(p.sum)}) vượt quá ${text(p.ballotsCast)} phiếu phát ra.`,
    en: (p) =>
      `The three counts for ${text(p.candidateId)} (${text(p.sum)}) exceed the ${text(p.ballotsCast)} ballots cast.`,
  },
  no_tie: {
    vi: (p) => `Không có trường hợp ngang phiếu nào của ${text(p.candidateId)} đang chờ quyết định.`,
    en: (p) => `No tie is waiting for a decision on ${text(p.candidateId)}.`,
  },
};
