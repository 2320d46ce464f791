import type { ApiErrorBody } from '@personnel/contracts';
import { cadreStatusWords } from './cadre-status-words';
import type { Sentence } from './conference-refusal-messages';
import type { ApiLanguage } from './request-language';

type Params = NonNullable<ApiErrorBody['params']>;

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];

/** Holders by name with their code ("Nguyễn Văn An (CB-0011)"), or by code where no name came. */
function holders(p: Params, and: string): string {
  const codes = strings(p.holders);
  const names = strings(p.holderNames);
  return codes.map((code, i) => (names[i] ? `${names[i]} (${code})` : code)).join(and);
}

/** An ISO day as the user reads it: dd/mm/yyyy in Vietnamese, yyyy-mm-dd kept in English. */
function day(value: unknown, lang: ApiLanguage): string {
  const iso = text(value);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m && lang === 'vi' ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

const status = (lang: ApiLanguage, p: Params) => cadreStatusWords(lang, p.status);

/** What a `duplicate` names already there, by its `record` param, in each language. */
const DUPLICATE: Record<ApiLanguage, Record<string, Sentence | undefined>> = {
  vi: {
    unit: (p) => `Đã có đơn vị mang mã ${text(p.code)}: hãy chọn mã khác.`,
    post: (p) => `Đã có chức danh mang mã ${text(p.code)}: hãy chọn mã khác.`,
    cadre: (p) => `Đã có cán bộ mang mã ${text(p.code)}: hãy chọn mã khác.`,
    training_course: (p) => `Đã có khóa bồi dưỡng mang mã ${text(p.code)}: hãy chọn mã khác.`,
    standing_body: (p) => `Đã có tập thể thường trực mang mã ${text(p.code)}: hãy chọn mã khác.`,
    sign_off_template: (p) => `Đã có mẫu quy trình ký duyệt mang mã ${text(p.code)}: hãy chọn mã khác.`,
    sign_off_template_in_force: () =>
      'Chức danh này đã có một mẫu quy trình ký duyệt đang dùng: hãy ngừng sử dụng mẫu đó trước.',
    holiday: (p) => `Ngày ${day(p.date, 'vi')} đã có trong lịch nghỉ.`,
    evaluation: (p) => `Cán bộ ${text(p.cadre)} đã có kết quả đánh giá năm ${text(p.year)}.`,
    completion: (p) => `Cán bộ ${text(p.cadre)} đã hoàn thành khóa ${text(p.course)}.`,
    planning: (p) =>
      `Cán bộ ${text(p.cadre)} đã có trong quy hoạch chức danh ${text(p.post)} nhiệm kỳ ${text(p.term)}.`,
  },
  en: {
    unit: (p) => `A unit with code ${text(p.code)} already exists: choose another code.`,
    post: (p) => `A post with code ${text(p.code)} already exists: choose another code.`,
    cadre: (p) => `A cadre with code ${text(p.code)} already exists: choose another code.`,
    training_course: (p) =>
      `A training course with code ${text(p.code)} already exists: choose another code.`,
    standing_body: (p) => `A standing body with code ${text(p.code)} already exists: choose another code.`,
    sign_off_template: (p) =>
      `A sign-off template with code ${text(p.code)} already exists: choose another code.`,
    sign_off_template_in_force: () =>
      'Another active sign-off template already covers this post: deactivate it first.',
    holiday: (p) => `${day(p.date, 'en')} is already in the calendar.`,
    evaluation: (p) => `Cadre ${text(p.cadre)} already has an evaluation for ${text(p.year)}.`,
    completion: (p) => `Cadre ${text(p.cadre)} has already completed course ${text(p.course)}.`,
    planning: (p) =>
      `Cadre ${text(p.cadre)} is already in the planning of post ${text(p.post)} for term ${text(p.term)}.`,
  },
};

/**
 * The registry's 409s (libs/persistence RegistryConflictError codes) in Vietnamese and English from
 * their params, people by name. A `duplicate` without a known `record` (another part of the API uses
 * the code too) keeps the server's own sentence: see `localiseError`, which leaves a body alone when its
 * sentence answers undefined.
 */
export const REGISTRY_CONFLICT_MESSAGES: Record<
  string,
  Record<ApiLanguage, (p: Params) => string | undefined>
> = {
  duplicate: {
    vi: (p) => DUPLICATE.vi[text(p.record)]?.(p),
    en: (p) => DUPLICATE.en[text(p.record)]?.(p),
  },
  post_held: {
    vi: (p) =>
      p.holders
        ? `Chức danh ${text(p.post)} chỉ có một người đảm nhiệm và đang do ${holders(p, ', ')} giữ: hãy kết thúc phân công đó trước.`
        : `Chức danh ${text(p.post)} vừa được một quyết định khác phân công người đảm nhiệm: hãy tải lại rồi quyết định lại.`,
    en: (p) =>
      p.holders
        ? `Post ${text(p.post)} has one holder and is held by ${holders(p, ', ')}: end that assignment first.`
        : `Post ${text(p.post)} was just given its one holder by another decision: reload and decide again.`,
  },
  in_use: {
    vi: (p) =>
      p.unit
        ? `Đơn vị ${text(p.unit)} còn ${text(p.children)} đơn vị trực thuộc và ${text(p.posts)} chức danh đang hoạt động: hãy ngừng sử dụng chúng trước.`
        : p.holders
          ? `Chức danh ${text(p.post)} đang do ${holders(p, ', ')} giữ: hãy kết thúc phân công trước.`
          : 'Bản ghi đang được sử dụng, chưa thể ngừng.',
    en: (p) =>
      p.unit
        ? `Unit ${text(p.unit)} still has ${text(p.children)} active sub-unit(s) and ${text(p.posts)} active post(s): deactivate them first.`
        : p.holders
          ? `Post ${text(p.post)} is held by ${holders(p, ', ')}: end the assignment first.`
          : 'The record is still in use.',
  },
  overlap: {
    vi: (p) =>
      `Phân công này trùng thời gian với phân công của cán bộ ${text(p.cadre)} vào chức danh ${text(p.post)} ` +
      `(từ ${day(p.from, 'vi')}${p.to ? ` đến ${day(p.to, 'vi')}` : ' đến nay'}).`,
    en: (p) =>
      `The assignment would overlap cadre ${text(p.cadre)}'s assignment to post ${text(p.post)} ` +
      `(${day(p.from, 'en')} – ${p.to ? day(p.to, 'en') : 'now'}).`,
  },
  inactive_cadre: {
    vi: (p) => `Cán bộ ${text(p.cadre)} ${status('vi', p)}: chỉ cán bộ đang công tác mới được phân công.`,
    en: (p) => `Cadre ${text(p.cadre)} is ${status('en', p)}: only an active cadre can take up a post.`,
  },
  stale_version: {
    vi: (p) =>
      p.current !== undefined
        ? `Bản ghi đã được người khác sửa sau khi bạn mở (phiên bản của bạn ${text(p.sent)}, hiện tại ${text(p.current)}): hãy tải lại rồi sửa lại.`
        : 'Bản ghi đã được người khác sửa sau khi bạn mở: hãy tải lại rồi sửa lại.',
    en: (p) =>
      p.current !== undefined
        ? `Someone else changed the record since you read it (your version ${text(p.sent)}, now ${text(p.current)}): reload it and apply your change again.`
        : 'Someone else changed the record since you read it: reload it and apply your change again.',
  },
};
