import type { FieldProblemSentences } from './field-problem-words';

/**
 * Vietnamese: every field problem the API answers (contracts FieldProblemCode), shown under its field,
 * records and people by name (see field-problem-words.ts).
 */
export const fieldProblemSentencesVi: FieldProblemSentences = {
  required: () => 'Bắt buộc nhập.',
  not_string: () => 'Phải là chữ.',
  not_integer: () => 'Phải là số nguyên.',
  not_number: () => 'Phải là số.',
  not_boolean: () => 'Phải là có hoặc không.',
  not_array: () => 'Phải là một danh sách.',
  not_object: () => 'Dữ liệu không đúng dạng.',
  too_small: (p, w) => `Không được nhỏ hơn ${w.num(p.min)}.`,
  too_large: (p, w) => `Không được lớn hơn ${w.num(p.max)}.`,
  too_short: (p, w) => `Phải có ít nhất ${w.num(p.min)} ký tự.`,
  too_long: (p, w) => `Tối đa ${w.num(p.max)} ký tự.`,
  too_few: (p, w) => `Phải có ít nhất ${w.num(p.min)} mục.`,
  too_many: (p, w) => `Tối đa ${w.num(p.max)} mục.`,
  repeated_items: () => 'Có mục bị lặp lại.',
  not_one_of: (p, w) => (p.allowed ? `Phải là một trong: ${w.list(p.allowed)}.` : 'Giá trị không hợp lệ.'),
  bad_format: () => 'Không đúng định dạng.',
  not_code: () =>
    'Mã gồm 1-64 chữ cái, chữ số, dấu chấm, gạch dưới hoặc gạch ngang, bắt đầu bằng chữ cái hoặc chữ số.',
  not_term: () => 'Nhiệm kỳ viết dạng YYYY-YYYY, ví dụ 2025-2030.',
  not_date: () => 'Phải là một ngày hợp lệ.',
  not_past_date: () => 'Phải là một ngày hợp lệ, không sau hôm nay.',
  not_url: () => 'Phải là một địa chỉ URL.',
  not_uuid: () => 'Mã định danh không hợp lệ.',
  unknown_field: () => 'Biểu mẫu không có trường này.',
  invalid_value: () => 'Giá trị không hợp lệ.',

  unknown_post: (p, w) => `Không có chức danh ${w.post(p.post)} trong danh mục.`,
  inactive_post: (p, w) => `Chức danh ${w.post(p.post)} đã ngừng sử dụng.`,
  unknown_cadre: (p, w) => `Không có cán bộ ${w.cadre(p.cadre)} trong danh mục.`,
  cadre_not_active: (p, w) => `Cán bộ ${w.cadre(p.cadre)} ${w.status(p.status)}.`,
  unknown_unit: (p, w) => `Không có đơn vị ${w.unit(p.unit)} trong danh mục.`,
  inactive_unit: (p, w) => `Đơn vị ${w.unit(p.unit)} đã ngừng hoạt động.`,
  unknown_course: (p, w) => `Không có khóa bồi dưỡng ${w.course(p.course)}.`,
  inactive_course: (p, w) => `Khóa bồi dưỡng ${w.course(p.course)} đã ngừng sử dụng.`,
  unknown_document: () => 'Không tìm thấy tài liệu đã tải lên: hãy tải lại tệp.',
  document_without_dossier_fields: () => 'Tài liệu chưa ghi cán bộ và ngày cấp nên chưa đưa vào hồ sơ được.',
  unknown_standing_body: (p, w) => `Không có tập thể ${w.body(p.body)} trong danh mục.`,
  retired_standing_body: (p, w) => `Tập thể ${w.body(p.body, p.bodyName)} đã ngừng dùng.`,
  standing_body_of_other_unit: (p, w) =>
    `Tập thể ${w.body(p.body, p.bodyName)} thuộc ${w.unit(p.unit)}, không phải đơn vị của chức danh hay đơn vị cấp trên.`,
  standing_body_and_members: () => 'Đã chọn tập thể có sẵn: không kê thêm thành viên.',
  post_of_other_unit: (p, w) =>
    p.postUnit
      ? `Chức danh ${w.post(p.post)} thuộc ${w.unit(p.postUnit)}, không thuộc ${w.unit(p.unit)}.`
      : `Chức danh ${w.post(p.post)} không thuộc ${w.unit(p.unit)}.`,
  not_current_post: (p, w) =>
    p.current
      ? `Không phải chức danh hiện tại của cán bộ (đang giữ ${w.post(p.current)}).`
      : 'Cán bộ hiện không giữ chức danh nào.',
  repeated_value: (p, w) => `${w.text(p.value)} bị lặp lại.`,
  repeated_cadre: (p, w) =>
    p.first
      ? `Cán bộ ${w.cadre(p.cadre)} đã có ở ${w.field(p.first)}.`
      : `Cán bộ ${w.cadre(p.cadre)} được kê hai lần.`,
  repeated_key: (p, w) => `Trùng với ${w.field(p.first)}.`,
  class_code_in_use: (p, w) => `Mã lớp ${w.text(p.classCode)} đã được dùng: hãy chọn mã khác.`,
  level_required: (p, w) => `Phải chọn cấp: ${w.unit(p.unit)} là cơ quan không có cấp trên.`,
  level_of_unit: (p, w) => `Cấp phải là ${w.text(p.level)}, cấp của ${w.unit(p.unit)}.`,
  unit_under_itself: () => 'Không thể đặt đơn vị dưới chính nó hoặc đơn vị cấp dưới của nó.',

  unknown_user: (p, w) => `Không có người dùng ${w.user(p.user)} đang hoạt động.`,
  user_out_of_reach: (p, w) =>
    `${w.user(p.user)} thuộc ${w.unit(p.userUnit)}, không xem và xử lý được hồ sơ của ${w.unit(p.unit)}.`,
  proposer_acts: (p, w) =>
    `${w.user(p.user)} là người đề xuất, không được tham gia xử lý đề xuất của chính mình.`,
  candidate_acts: (p, w) =>
    `${w.user(p.user)} chính là cán bộ ${w.cadre(p.cadre)} được đề xuất, không được tham gia xử lý hồ sơ của mình.`,
  delegate_role: (p, w) => `Chỉ ủy quyền nhiệm vụ này cho người có vai trò ${w.roles(p.roles, 'hoặc')}.`,
  not_delegated: () => 'Nhiệm vụ loại này không được ủy quyền.',
  proposer_candidate: (p, w) => `${w.cadre(p.cadre)} là chính người đề xuất.`,
  outside_scope: (p, w) => `${w.unit(p.unit)} nằm ngoài phạm vi quản lý của bạn.`,
  holds_no_post: (p, w) => `${w.cadre(p.cadre)} hiện không giữ chức danh nào ở ${w.unit(p.unit)}.`,
  does_not_hold_post: (p, w) =>
    `${w.cadre(p.cadre)} hiện không giữ chức danh ${w.post(p.post)} ở ${w.unit(p.unit)}.`,
  no_current_holders: (p, w) => `${w.unit(p.unit)} hiện không có ai giữ chức danh.`,

  one_outside_candidate: () => 'Nhân sự từ nơi khác: chọn đúng 1 cán bộ.',
  required_for_outside: () => 'Bắt buộc với nhân sự từ nơi khác.',
  only_for_outside: () => 'Chỉ dùng cho nhân sự từ nơi khác.',
  required_for_local: () => 'Bắt buộc với nhân sự tại chỗ.',
  only_for_local: () => 'Chỉ dùng cho nhân sự tại chỗ.',
  collective_required: () => 'Bắt buộc: kê thành viên hoặc chọn một tập thể có sẵn.',
  no_sign_off_template: () => 'Bắt buộc: chức danh chưa có mẫu trình ký.',
  post_or_title: () => 'Chọn một chức danh hoặc nhập tên chức danh, không cả hai.',
  required_for_choice: (p, w) => `Bắt buộc khi chọn “${w.choice(p.choice)}”.`,
  cadre_or_unit: () => 'Chọn một cán bộ hoặc cả một đơn vị, không cả hai.',
  timing_not_allowed: () => 'Hệ thống không cho phép đặt thời hạn riêng.',
  term_five_years: () => 'Nhiệm kỳ phải kéo dài 5 năm, ví dụ 2025-2030 hoặc 2030-2035.',
  before_start: (p, w) =>
    p.start
      ? `Không được trước ngày bắt đầu (${w.date(p.start)}).`
      : `Không được trước ${w.field(p.startField)}.`,
  after_today: (p, w) => `Không được sau hôm nay (${w.date(p.today)}).`,
  required_for_kind: (p, w) => `Bắt buộc với ${w.kind(p.kind)}.`,
  only_for_kind: (p, w) => `Chỉ dùng cho ${w.kind(p.kind)}.`,
  after_issue_year: (p, w) => `Không được sau năm cấp (${w.text(p.year)}).`,
  after_this_year: (p, w) => `Không được sau năm nay (${w.text(p.year)}).`,
  term_backwards: () => 'Nhiệm kỳ phải kết thúc sau khi bắt đầu, ví dụ 2025-2030.',
  after_end: (p, w) => `Không được sau ${w.field(p.endField)} (${w.date(p.end)}).`,
  before_birth: (p, w) => `Không được trước ngày sinh của cán bộ (${w.date(p.birthDate)}).`,
  body_required: (p, w) => `Phải nêu ít nhất một hội nghị (${w.list(p.fields)}).`,

  no_members: () => 'Phải có ít nhất một thành viên.',
  repeated_member: (p, w) => `${w.user(p.user)} được kê hai lần.`,
  no_head: () => 'Phải có một người chủ trì.',
  several_heads: () => 'Chỉ được có một người chủ trì.',
  no_secretary: () => 'Phải có một thư ký.',
  several_secretaries: () => 'Chỉ được có một thư ký.',

  not_email: (p, w) =>
    `Phải là một địa chỉ thư điện tử, ví dụ ten@sonoivu.gov.vn (tối đa ${w.text(p.max)} ký tự, ${w.text(p.localMax)} ký tự trước @).`,
  cadre_code_taken: (p, w) => `Đã có cán bộ mang mã ${w.text(p.code)} trong cơ sở dữ liệu.`,
  repeated_row_code: (p, w) => `Mã ${w.text(p.code)} trùng với mã ở dòng ${w.text(p.row)}.`,
  row_field_count: (p, w) => `Dòng có ${w.text(p.fields)} cột, dòng tiêu đề có ${w.text(p.expected)} cột.`,
  header_missing: (p, w) =>
    `Tệp thiếu dòng tiêu đề: dòng đầu tiên phải nêu tên các cột (${w.list(p.columns)}).`,
  missing_column: (p, w) => `Dòng tiêu đề thiếu cột ${w.text(p.column)}.`,
  unknown_column: (p, w) => `Dòng tiêu đề có cột “${w.text(p.column)}” không thuộc tệp nhập.`,
  repeated_column: (p, w) => `Dòng tiêu đề nêu cột ${w.text(p.column)} hai lần.`,
  semicolon_separated: () => 'Các cột được ngăn cách bằng dấu “;”: hãy lưu tệp dạng CSV UTF-8 (dấu phẩy).',
  not_utf8: () => 'Tệp không phải văn bản UTF-8: hãy lưu tệp dạng CSV UTF-8.',
  not_csv: (p, w) => `Tệp không đúng định dạng CSV từ dòng ${w.num(p.line)}.`,

  nul_character: () => 'Không được chứa ký tự NUL.',
  nested_too_deep: (p, w) => `Dữ liệu lồng nhau quá ${w.num(p.max)} cấp.`,

  not_cursor: () => 'Trang được yêu cầu không còn hợp lệ: hãy tải lại danh sách.',
  offset_with_cursor: () => 'Không dùng được vị trí trang cùng với con trỏ trang.',
  nothing_to_change: () => 'Chưa có thay đổi nào để lưu.',
  not_sequence: (p, w) => `Phải là số thứ tự sự kiện gồm 1-${w.num(p.maxDigits)} chữ số.`,
  bad_percent_encoding: () => 'Đường dẫn không hợp lệ.',
  not_procedure_id: (p, w) => `Không phải mã quy trình, ví dụ ${w.text(p.example)}.`,
  not_documents_path: () => 'Đường dẫn phải tiếp tục bằng /documents.',
  not_document_key: (p, w) => `Không phải khóa tài liệu, ví dụ ${w.text(p.example)}.`,
  not_appointment_id: (p, w) => `Không phải mã quy trình bổ nhiệm, ví dụ ${w.text(p.example)}.`,
  not_task_key: (p, w) => `Không phải mã nhiệm vụ, ví dụ ${w.text(p.example)}.`,
  not_step_index: () => 'Không phải số thứ tự bước (0, 1, 2, …).',
  empty_file: () => 'Tệp rỗng: hãy chọn tệp có nội dung.',

  weekday_working_day: (p, w) =>
    `Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; ${w.date(p.date)} là ngày thường, vốn đã là ngày làm việc.`,
};
