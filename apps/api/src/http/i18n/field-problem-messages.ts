import type { FieldProblemCode, FieldProblemParams } from '@personnel/contracts';
import { cadreStatusWords } from './cadre-status-words';

/** A field problem written from its params, naming its field (the API's clients see no form). */
export type FieldSentence = (p: FieldProblemParams, field: string) => string;

const text = (value: unknown): string =>
  value === undefined || value === null ? '' : Array.isArray(value) ? value.join(', ') : String(value);
/** A record by its name when the server sent one, with its code: `Nguyễn Văn A (CB-1)`. */
const named = (p: FieldProblemParams, code: string, name: string): string =>
  p[name] ? `${text(p[name])} (${text(p[code])})` : text(p[code]);

/** An ISO day as a Vietnamese reader writes it, dd/mm/yyyy. */
const day = (value: unknown): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text(value));
  return m ? `${m[3]}/${m[2]}/${m[1]}` : text(value);
};
/** The kinds of a dossier document a problem may name, in words. */
const KINDS: Record<string, string> = {
  cv: 'sơ yếu lý lịch',
  health_certificate: 'giấy chứng nhận sức khỏe',
  declaration: 'bản kê khai tài sản, thu nhập',
  assessment: 'đánh giá, xếp loại chất lượng',
  party_cell_comment: 'nhận xét của chi ủy nơi cư trú',
};
const kindOf = (p: FieldProblemParams) => KINDS[text(p.kind)] ?? text(p.kind);
/** The choices of a decision a problem may name, in words. */
const CHOICES: Record<string, string> = {
  approve: 'phê duyệt',
  reject: 'từ chối',
  return: 'trả lại',
  send_back: 'trả lại',
};
const choiceOf = (p: FieldProblemParams) => CHOICES[text(p.choice)] ?? text(p.choice);
const statusOf = (p: FieldProblemParams) => cadreStatusWords('vi', p.status);

/**
 * Every field problem (contracts FieldProblemCode) in Vietnamese, from its params; records by code
 * (and name where the server sent one). English is the server's own words, kept as they are: typed by
 * the code, so a new code fails the build until it is written here.
 */
export const FIELD_PROBLEM_MESSAGES_VI: Record<FieldProblemCode, FieldSentence> = {
  required: (_p, f) => `Trường ${f} là bắt buộc.`,
  not_string: (_p, f) => `Trường ${f} phải là chuỗi ký tự.`,
  not_integer: (_p, f) => `Trường ${f} phải là số nguyên.`,
  not_number: (_p, f) => `Trường ${f} phải là số.`,
  not_boolean: (_p, f) => `Trường ${f} phải là true hoặc false.`,
  not_array: (_p, f) => `Trường ${f} phải là một danh sách.`,
  not_object: (_p, f) => `Trường ${f} phải là một đối tượng.`,
  too_small: (p, f) => `Trường ${f} không được nhỏ hơn ${text(p.min)}.`,
  too_large: (p, f) => `Trường ${f} không được lớn hơn ${text(p.max)}.`,
  too_short: (p, f) => `Trường ${f} phải có ít nhất ${text(p.min)} ký tự.`,
  too_long: (p, f) => `Trường ${f} chỉ được tối đa ${text(p.max)} ký tự.`,
  too_few: (p, f) => `Trường ${f} phải có ít nhất ${text(p.min)} mục.`,
  too_many: (p, f) => `Trường ${f} chỉ được tối đa ${text(p.max)} mục.`,
  repeated_items: (_p, f) => `Trường ${f} có mục bị lặp lại.`,
  not_one_of: (p, f) =>
    p.allowed
      ? `Trường ${f} phải là một trong: ${text(p.allowed)}.`
      : `Giá trị của trường ${f} không hợp lệ.`,
  bad_format: (_p, f) => `Trường ${f} không đúng định dạng.`,
  not_code: (_p, f) =>
    `Trường ${f} phải là mã gồm 1-64 chữ cái, chữ số, ".", "_" hoặc "-", bắt đầu bằng chữ cái hoặc chữ số.`,
  not_term: (_p, f) => `Trường ${f} phải là nhiệm kỳ viết dạng YYYY-YYYY, ví dụ 2025-2030.`,
  not_date: (_p, f) => `Trường ${f} phải là ngày hợp lệ, viết dạng YYYY-MM-DD.`,
  not_past_date: (_p, f) => `Trường ${f} phải là ngày hợp lệ (YYYY-MM-DD), không sau hôm nay.`,
  not_url: (_p, f) => `Trường ${f} phải là một địa chỉ URL.`,
  not_uuid: (_p, f) => `Trường ${f} phải là một UUID.`,
  unknown_field: (_p, f) => `Yêu cầu không có trường ${f}.`,
  invalid_value: (_p, f) => `Giá trị của trường ${f} không hợp lệ.`,

  unknown_post: (p) => `Không có chức danh ${text(p.post)} trong danh mục.`,
  inactive_post: (p) => `Chức danh ${named(p, 'post', 'postTitle')} đã ngừng sử dụng.`,
  unknown_cadre: (p) => `Không có cán bộ ${text(p.cadre)} trong danh mục.`,
  cadre_not_active: (p) => `Cán bộ ${named(p, 'cadre', 'cadreName')} ${statusOf(p)}.`,
  unknown_unit: (p) => `Không có đơn vị ${text(p.unit)} trong danh mục.`,
  inactive_unit: (p) => `Đơn vị ${named(p, 'unit', 'unitName')} đã ngừng hoạt động.`,
  unknown_course: (p) => `Không có khóa bồi dưỡng mã ${text(p.course)}.`,
  inactive_course: (p) => `Khóa bồi dưỡng ${text(p.course)} đã ngừng sử dụng.`,
  unknown_document: (p) => `Không có tài liệu lưu trữ ${text(p.document)}.`,
  document_without_dossier_fields: (p) =>
    `Tài liệu ${text(p.document)} chưa ghi cán bộ và ngày ban hành, chưa đưa vào hồ sơ được.`,
  unknown_standing_body: (p) => `Không có tập thể ${text(p.body)} trong danh mục.`,
  retired_standing_body: (p) => `Tập thể ${named(p, 'body', 'bodyName')} đã ngừng dùng.`,
  standing_body_of_other_unit: (p) =>
    `Tập thể ${named(p, 'body', 'bodyName')} thuộc đơn vị ${text(p.unit)}, không phải đơn vị của chức danh hay đơn vị cấp trên.`,
  standing_body_and_members: (p) =>
    `Tập thể ${text(p.bodyName)} vừa được chọn từ danh mục vừa được kê từng thành viên: chỉ chọn một cách.`,
  post_of_other_unit: (p) =>
    p.postUnit
      ? `Chức danh ${text(p.post)} thuộc đơn vị ${text(p.postUnit)}, không phải ${text(p.unit)}.`
      : `Chức danh ${text(p.post)} không thuộc đơn vị ${text(p.unit)}.`,
  not_current_post: (p) =>
    p.current
      ? `Đây không phải chức danh hiện tại của cán bộ (${text(p.current)}).`
      : 'Cán bộ hiện không giữ chức danh nào.',
  repeated_value: (p) => `${text(p.value)} bị lặp lại.`,
  repeated_cadre: (p) =>
    p.first
      ? `Cán bộ ${text(p.cadre)} đã có ở ${text(p.first)}.`
      : `Cán bộ ${text(p.cadre)} được kê hai lần.`,
  repeated_key: (p) => `Mã bước trùng với ${text(p.first)}.`,
  class_code_in_use: (p) => `Mã lớp ${text(p.classCode)} đã được sử dụng.`,
  level_required: (p) => `Phải nêu cấp của chức danh: đơn vị ${text(p.unit)} là cơ quan không có cấp trên.`,
  level_of_unit: (p) => `Cấp của chức danh phải là ${text(p.level)}, cấp của đơn vị ${text(p.unit)}.`,
  unit_under_itself: (p) => `Không thể đặt đơn vị ${text(p.unit)} dưới chính nó hoặc đơn vị cấp dưới của nó.`,

  unknown_user: (p) => `Không có người dùng ${text(p.user)} đang hoạt động.`,
  user_out_of_reach: (p) =>
    `${text(p.user)} thuộc đơn vị ${text(p.userUnit)}, không xem và xử lý được hồ sơ của đơn vị ${text(p.unit)}.`,
  proposer_acts: (p) => `${text(p.user)} là người đề xuất, không được tham gia xử lý đề xuất của chính mình.`,
  candidate_acts: (p) =>
    `${text(p.user)} là cán bộ ${text(p.cadre)} được đề xuất, không được tham gia xử lý hồ sơ của chính mình.`,
  delegate_role: (p) =>
    `Chỉ ủy quyền nhiệm vụ này cho người có vai trò ${text(p.roles).replace(/, /g, ' hoặc ')}.`,
  not_delegated: () => 'Nhiệm vụ loại này không được ủy quyền.',
  proposer_candidate: (p) => `Cán bộ ${text(p.cadre)} là chính người đề xuất.`,
  outside_scope: (p) => `Đơn vị ${text(p.unit)} nằm ngoài phạm vi quản lý của bạn.`,
  holds_no_post: (p) => `Cán bộ ${text(p.cadre)} hiện không giữ chức danh nào ở đơn vị ${text(p.unit)}.`,
  does_not_hold_post: (p) =>
    `Cán bộ ${text(p.cadre)} hiện không giữ chức danh ${text(p.post)} ở đơn vị ${text(p.unit)}.`,
  no_current_holders: (p) => `Đơn vị ${text(p.unit)} hiện không có ai giữ chức danh.`,

  one_outside_candidate: () => 'Nguồn từ nơi khác phải nêu đúng 1 cán bộ.',
  required_for_outside: (_p, f) => `Trường ${f} là bắt buộc với nhân sự từ nơi khác.`,
  only_for_outside: (_p, f) => `Trường ${f} chỉ dùng cho nhân sự từ nơi khác.`,
  required_for_local: (_p, f) => `Trường ${f} là bắt buộc với nhân sự tại chỗ.`,
  only_for_local: (_p, f) => `Trường ${f} chỉ dùng cho nhân sự tại chỗ.`,
  collective_required: () => 'Phải nêu tập thể lãnh đạo: kê thành viên hoặc chọn một tập thể thường trực.',
  no_sign_off_template: (_p, f) => `Trường ${f} là bắt buộc: chức danh chưa có mẫu trình ký.`,
  post_or_title: () => 'Chỉ nêu một trong hai: chức danh, hoặc tên chức danh.',
  required_for_choice: (p, f) => `Trường ${f} là bắt buộc khi ${choiceOf(p)}.`,
  cadre_or_unit: () => 'Chỉ nêu một trong hai: một cán bộ (cadreId) hoặc cả một đơn vị (unitCode).',
  timing_not_allowed: (_p, f) =>
    `Trường ${f} chỉ được nhận khi API chạy với APPOINTMENT_TIMING_OVERRIDES=true.`,
  term_five_years: () => 'Nhiệm kỳ phải kéo dài 5 năm, ví dụ 2025-2030 hoặc 2030-2035.',
  before_start: (p, f) =>
    p.start
      ? `Trường ${f} không được trước ${text(p.startField)} (${text(p.start)}).`
      : `Trường ${f} không được trước ${text(p.startField)}.`,

  after_today: (p, f) => `Trường ${f} không được sau hôm nay (${text(p.today)}).`,
  required_for_kind: (p, f) => `Trường ${f} là bắt buộc với tài liệu loại ${kindOf(p)}.`,
  only_for_kind: (p, f) => `Trường ${f} chỉ dùng cho tài liệu loại ${kindOf(p)}.`,
  after_issue_year: (p) => `Năm đánh giá không được sau năm ban hành (${text(p.year)}).`,
  after_this_year: (p, f) => `Trường ${f} không được sau năm nay (${text(p.year)}).`,
  term_backwards: (_p, f) => `Trường ${f}: nhiệm kỳ phải kết thúc sau khi bắt đầu, ví dụ 2025-2030.`,
  after_end: (p, f) => `Trường ${f} không được sau ${text(p.endField)} (${day(p.end)}).`,
  before_birth: (p, f) => `Trường ${f} không được trước ngày sinh của cán bộ (${day(p.birthDate)}).`,
  body_required: (p) => `Phải nêu ít nhất một hội nghị trong số: ${text(p.fields)}.`,

  no_members: () => 'Tập thể phải có ít nhất một thành viên.',
  repeated_member: (p) => `${text(p.user)} được kê hai lần.`,
  no_head: () => 'Tập thể phải có một người chủ trì.',
  several_heads: () => 'Tập thể chỉ được có một người chủ trì.',
  no_secretary: () => 'Tập thể phải có một thư ký.',
  several_secretaries: () => 'Tập thể chỉ được có một thư ký.',

  not_email: (p, f) =>
    `Trường ${f} phải là một địa chỉ thư điện tử, ví dụ ten@sonoivu.gov.vn (tối đa ${text(p.max)} ký tự, ${text(p.localMax)} ký tự trước @).`,
  cadre_code_taken: (p) => `Đã có cán bộ mang mã ${text(p.code)} trong cơ sở dữ liệu.`,
  repeated_row_code: (p) => `Mã ${text(p.code)} trùng với mã ở dòng ${text(p.row)}.`,
  row_field_count: (p) => `Dòng có ${text(p.fields)} cột, dòng tiêu đề có ${text(p.expected)} cột.`,
  header_missing: (p) => `Tệp thiếu dòng tiêu đề: dòng đầu tiên phải nêu tên các cột (${text(p.columns)}).`,
  missing_column: (p) => `Dòng tiêu đề thiếu cột ${text(p.column)}.`,
  unknown_column: (p) => `Dòng tiêu đề có cột "${text(p.column)}" không thuộc tệp nhập.`,
  repeated_column: (p) => `Dòng tiêu đề nêu cột ${text(p.column)} hai lần.`,
  semicolon_separated: () => 'Các cột được ngăn cách bằng dấu ";": hãy lưu tệp với dấu phẩy (CSV UTF-8).',
  not_utf8: () => 'Tệp không phải văn bản UTF-8: hãy lưu tệp dạng CSV UTF-8.',
  not_csv: (p) => `Tệp không đúng định dạng CSV từ dòng ${text(p.line)}.`,

  nul_character: (_p, f) => `Trường ${f} không được chứa ký tự NUL.`,
  nested_too_deep: (p, f) => `Trường ${f} lồng nhau quá ${text(p.max)} cấp.`,

  not_cursor: (_p, f) =>
    `Trường ${f} không phải con trỏ trang do danh sách này trả về: hãy gửi lại nguyên giá trị nextCursor.`,
  offset_with_cursor: (_p, f) =>
    `Không dùng được trường ${f} cùng với after: con trỏ đã cho biết trang bắt đầu từ đâu.`,
  nothing_to_change: () => 'Yêu cầu không nêu trường nào cần sửa ngoài version.',
  not_sequence: (p, f) =>
    `Trường ${f} phải là số thứ tự sự kiện gồm 1-${text(p.maxDigits)} chữ số, ví dụ 0 hoặc 1532.`,
  bad_percent_encoding: (_p, f) => `Trường ${f} không phải đường dẫn mã hóa phần trăm hợp lệ.`,
  not_procedure_id: (p, f) =>
    `Trường ${f} phải là mã quy trình dạng <loại>/<mã>[/<mã>…], ví dụ ${text(p.example)}.`,
  not_documents_path: (_p, f) => `Sau ${f} phải là /documents.`,
  not_document_key: (p, f) => `Trường ${f} phải là khóa tài liệu, ví dụ ${text(p.example)}.`,
  not_appointment_id: (p, f) =>
    `Trường ${f} phải là mã quy trình bổ nhiệm dạng appointment/<mã chức danh>/<số>, ví dụ ${text(p.example)}.`,
  not_task_key: (p, f) => `Trường ${f} phải là mã nhiệm vụ, ví dụ ${text(p.example)} hoặc decision.`,
  not_step_index: (_p, f) => `Trường ${f} phải là số thứ tự bước (0, 1, 2, …).`,
  empty_file: (_p, f) => `Trường ${f} phải là nội dung tệp tài liệu (không được rỗng).`,

  weekday_working_day: (p) =>
    `Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; ngày ${day(p.date)} là ngày thường, vốn đã là ngày làm việc.`,
};
