import {
  CONFERENCE_REFUSED_GENERIC,
  isFieldProblemCode,
  type ApiErrorBody,
  type FieldProblemDetail,
} from '@personnel/contracts';
import { CONFERENCE_REFUSAL_MESSAGES, type Sentence } from './conference-refusal-messages';
import { FIELD_PROBLEM_MESSAGES_VI } from './field-problem-messages';
import { REGISTRY_CONFLICT_MESSAGES } from './registry-conflict-messages';
import { REQUEST_BODY_MESSAGES } from './request-body-messages';
import type { ApiLanguage } from './request-language';

type Params = NonNullable<ApiErrorBody['params']>;

const list = (value: unknown, or: string): string =>
  Array.isArray(value) ? value.join(or) : typeof value === 'string' ? value : '';
const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/** The procedure states a refusal may name (`finished`'s `state`), in words. */
const STATES: Record<ApiLanguage, Record<string, string>> = {
  vi: {
    in_progress: 'đang tiến hành',
    appointed: 'đã bổ nhiệm',
    rotating: 'đang luân chuyển',
    in_force: 'đang có hiệu lực',
    completed: 'đã hoàn thành',
    ended: 'đã kết thúc',
    not_passed: 'không được thông qua',
    rejected: 'đã bị từ chối',
    withdrawn: 'đã rút',
    cancelled: 'đã hủy',
    term_ended: 'đã hết nhiệm kỳ',
  },
  en: {
    in_progress: 'in progress',
    appointed: 'appointed',
    rotating: 'under way',
    in_force: 'in force',
    completed: 'completed',
    ended: 'ended',
    not_passed: 'not passed',
    rejected: 'rejected',
    withdrawn: 'withdrawn',
    cancelled: 'cancelled',
    term_ended: 'past its term',
  },
};

const stateOf = (lang: ApiLanguage, p: Params) => {
  const state = text(p.state);
  return STATES[lang][state] ?? state;
};

/** A sentence that may decline (answer undefined): the body then keeps the server's own words. */
type MaybeSentence = (p: Params) => string | undefined;

/**
 * Every error code the API answers with, written in Vietnamese and English from its params. The codes
 * are the workflows' refusal codes (libs/contracts RefusalCode, ConferenceRefusalCode), the registry's
 * 409s (registry-conflict-messages.ts), the API's own (a document altered) and `invalid_request` (a
 * body that fails validation). A code not listed keeps the server's own message (`unknown_reference`
 * names the record in its words and carries no params yet), as does a `duplicate` of a record the
 * registry's sentences do not know; a body refused before any route reads it has its own
 * (request-body-messages.ts). Each field problem of `details` is written on its own from its
 * FieldProblemCode (field-problem-messages.ts), whatever the body's code.
 */

export const ERROR_MESSAGES: Record<string, Record<ApiLanguage, Sentence | MaybeSentence>> = {
  finished: {
    vi: (p) =>
      p.state ? `Quy trình ${stateOf('vi', p)}, không nhận thêm thao tác.` : 'Quy trình đã kết thúc.',
    en: (p) =>
      p.state
        ? `The procedure is ${stateOf('en', p)}; it takes no more commands.`
        : 'The procedure has ended.',
  },
  wrong_stage: {
    vi: () => 'Quy trình không ở bước cho phép thao tác này.',
    en: () => 'The procedure is not at a step that allows this.',
  },
  unknown_task: { vi: () => 'Không có nhiệm vụ này.', en: () => 'There is no such task.' },
  task_closed: {
    vi: () => 'Nhiệm vụ này đã được xử lý.',
    en: () => 'This task has already been dealt with.',
  },
  not_assignee: {
    vi: (p) =>
      p.assignees
        ? `Nhiệm vụ này giao cho ${list(p.assignees, ' hoặc ')}, không phải bạn.`
        : 'Bạn không được giao nhiệm vụ này.',
    en: (p) =>
      p.assignees
        ? `This task is for ${list(p.assignees, ' or ')}, not you.`
        : 'This task is not assigned to you.',
  },
  claimed_by_other: {
    vi: (p) =>
      p.claimedBy ? `${text(p.claimedBy)} đã nhận nhiệm vụ này.` : 'Người khác đã nhận nhiệm vụ này.',
    en: (p) =>
      p.claimedBy
        ? `${text(p.claimedBy)} has already claimed this task.`
        : 'Someone else has claimed this task.',
  },
  not_claimed: { vi: () => 'Hãy nhận nhiệm vụ trước khi xử lý.', en: () => 'Claim the task first.' },
  own_case: {
    vi: (p) =>
      p.userId
        ? `${text(p.userId)} không được xử lý hồ sơ của chính mình.`
        : 'Bạn không được xử lý hồ sơ của chính mình.',
    en: (p) =>
      p.userId ? `${text(p.userId)} may not act on their own case.` : 'You may not act on your own case.',
  },
  not_authorised: {
    vi: () => 'Bạn không có quyền thực hiện thao tác này.',
    en: () => 'You are not allowed to do this.',
  },
  invalid: {
    vi: (p) => (p.field ? `Dữ liệu chưa hợp lệ ở trường ${text(p.field)}.` : 'Dữ liệu chưa hợp lệ.'),
    en: (p) => (p.field ? `The field ${text(p.field)} is not valid.` : 'The request is not valid.'),
  },
  reason_required: {
    vi: (p) => (p.command === 'reconvene' ? 'Hãy nêu lý do triệu tập lại hội nghị.' : 'Hãy nêu lý do.'),
    en: (p) => (p.command === 'reconvene' ? 'Say why the conference is convened again.' : 'Give a reason.'),
  },
  ...CONFERENCE_REFUSAL_MESSAGES,
  ...REGISTRY_CONFLICT_MESSAGES,
  ...REQUEST_BODY_MESSAGES,
  /** An older worker's conference refusal: its English words only, kept as the reason. */
  [CONFERENCE_REFUSED_GENERIC]: {
    vi: () => 'Hội nghị không nhận thao tác này.',
    en: () => 'The conference refused this command.',
  },
  invalid_request: {
    vi: (p) => `Dữ liệu chưa hợp lệ ở trường: ${list(p.fields, ', ')}.`,
    en: (p) => `Invalid fields: ${list(p.fields, ', ')}.`,
  },
  registry_conflict: {
    vi: () => 'Dữ liệu cán bộ đã thay đổi, không còn cho phép quyết định này.',
    en: () => 'The registry has changed and no longer allows this decision.',
  },
  ineligible: {
    vi: () => 'Chưa đủ tiêu chuẩn, điều kiện theo quy định.',
    en: () => 'The rules do not allow this.',
  },
  capacity_reached: {
    vi: () => 'Lớp đã đủ số học viên.',
    en: () => 'The class is full.',
  },
  already_enrolled: {
    vi: () => 'Cán bộ này đã có tên trong lớp.',
    en: () => 'The cadre is already enrolled.',
  },
  already_completed: {
    vi: () => 'Cán bộ này đã hoàn thành khóa học này.',
    en: () => 'The cadre has already completed this course.',
  },
  document_altered: {
    vi: () => 'Tài liệu lưu trữ đã bị thay đổi, không khớp mã băm.',
    en: () => 'The stored document no longer matches its hash.',
  },
  post_being_filled: {
    vi: (p) =>
      `Chức danh ${text(p.postCode)} đang được bố trí theo quy trình ${text(p.workflowId)}: hãy rút quy trình đó hoặc chờ quyết định.`,
    en: (p) =>
      `Post ${text(p.postCode)} is already being filled by ${text(p.workflowId)}: withdraw that procedure, or wait for its decision.`,
  },
  replay_ahead: {
    vi: () => 'Số thứ tự vượt quá những gì đã gửi.',
    en: () => 'The sequence is past what was delivered.',
  },
};

/** `field: …` is how a workflow's `invalid` refusal names its field first. */
const LEADING_FIELD = /^([A-Za-z][\w.[\]]*): /;

/**
 * The body written in the request's language from its code and params; the server's English words
 * are kept as `reason`. A body without a known code is left as it is. Each field problem with a code
 * is written too (its English kept as the detail's `reason`).
 */
export function localiseError(body: ApiErrorBody, lang: ApiLanguage): ApiErrorBody {
  const withFields = validationCode(body);
  const code = withFields.code;
  const sentence = code ? ERROR_MESSAGES[code] : undefined;
  const details = Array.isArray(body.details) ? body.details.map((d) => localiseDetail(d, lang)) : undefined;
  const params: Params = { ...withFields.params };
  const field = LEADING_FIELD.exec(body.message)?.[1];
  if (code === 'invalid' && params.field === undefined && field) params.field = field;
  const message = sentence?.[lang](params);
  if (message === undefined) return details ? { ...body, details } : body;
  return {
    ...withFields,
    params,
    message,
    reason: body.message,
    ...(details ? { details } : {}),
  };
}

/**
 * One field problem in the request's language: Vietnamese from its code and params, English in the
 * server's own words (they are English already, and say the most); both keep those words as `reason`.
 * A problem without a known code (an older path) keeps its words alone; anything else the detail
 * carries (a cadre import's `row`) stays beside them.
 */
export function localiseDetail<T extends FieldProblemDetail>(detail: T, lang: ApiLanguage): T {
  if (!isFieldProblemCode(detail.code)) return detail;
  const problem =
    lang === 'vi'
      ? FIELD_PROBLEM_MESSAGES_VI[detail.code](detail.params ?? {}, detail.field)
      : detail.problem;
  return { ...detail, params: detail.params ?? {}, problem, reason: detail.problem };
}

/** A validation 400 (field problems, no code) gets `invalid_request` naming its fields. */
function validationCode(body: ApiErrorBody): ApiErrorBody {
  if (body.code || !Array.isArray(body.details) || body.details.length === 0) return body;
  return {
    ...body,
    code: 'invalid_request',
    params: { fields: [...new Set(body.details.map((d) => d.field))] },
  };
}
