import type { FieldProblemSentences } from './field-problem-words';

/** English: every field problem the API answers, shown under its field, records and people by name. */
export const fieldProblemSentencesEn: FieldProblemSentences = {
  required: () => 'Required.',
  not_string: () => 'Must be text.',
  not_integer: () => 'Must be a whole number.',
  not_number: () => 'Must be a number.',
  not_boolean: () => 'Must be yes or no.',
  not_array: () => 'Must be a list.',
  not_object: () => 'Not in the expected form.',
  too_small: (p, w) => `Must be at least ${w.num(p.min)}.`,
  too_large: (p, w) => `Must be at most ${w.num(p.max)}.`,
  too_short: (p, w) => `At least ${w.num(p.min)} characters.`,
  too_long: (p, w) => `At most ${w.num(p.max)} characters.`,
  too_few: (p, w) => `At least ${w.num(p.min)} items.`,
  too_many: (p, w) => `At most ${w.num(p.max)} items.`,
  repeated_items: () => 'An item is listed twice.',
  not_one_of: (p, w) => (p.allowed ? `Must be one of: ${w.list(p.allowed)}.` : 'Not a valid value.'),
  bad_format: () => 'Not in the expected format.',
  not_code: () => 'A code of 1-64 letters, digits, ".", "_" or "-", starting with a letter or digit.',
  not_term: () => 'A term written YYYY-YYYY, e.g. 2025-2030.',
  not_date: () => 'Must be a valid date.',
  not_past_date: () => 'Must be a valid date, not after today.',
  not_url: () => 'Must be a URL.',
  not_uuid: () => 'Not a valid identifier.',
  unknown_field: () => 'The form has no such field.',
  invalid_value: () => 'Not a valid value.',

  unknown_post: (p, w) => `There is no post ${w.post(p.post)} in the registry.`,
  inactive_post: (p, w) => `The post ${w.post(p.post)} is no longer in use.`,
  unknown_cadre: (p, w) => `There is no cadre ${w.cadre(p.cadre)} in the registry.`,
  cadre_not_active: (p, w) => `${w.cadre(p.cadre)} is ${w.status(p.status)}.`,
  unknown_unit: (p, w) => `There is no unit ${w.unit(p.unit)} in the registry.`,
  inactive_unit: (p, w) => `${w.unit(p.unit)} is no longer active.`,
  unknown_course: (p, w) => `There is no training course ${w.course(p.course)}.`,
  inactive_course: (p, w) => `The course ${w.course(p.course)} is no longer in use.`,
  unknown_document: () => 'The uploaded document was not found: upload the file again.',
  document_without_dossier_fields: () =>
    'The document names no cadre and issue date, so it cannot join the dossier.',
  unknown_standing_body: (p, w) => `There is no standing body ${w.body(p.body)} in the registry.`,
  retired_standing_body: (p, w) => `${w.body(p.body, p.bodyName)} is retired.`,
  standing_body_of_other_unit: (p, w) =>
    `${w.body(p.body, p.bodyName)} belongs to ${w.unit(p.unit)}, neither the post's unit nor one above it.`,
  standing_body_and_members: () => 'A standing body is picked: list no members as well.',
  post_of_other_unit: (p, w) =>
    p.postUnit
      ? `The post ${w.post(p.post)} belongs to ${w.unit(p.postUnit)}, not to ${w.unit(p.unit)}.`
      : `The post ${w.post(p.post)} does not belong to ${w.unit(p.unit)}.`,
  not_current_post: (p, w) =>
    p.current
      ? `Not the cadre's current post (they hold ${w.post(p.current)}).`
      : 'The cadre holds no post now.',
  repeated_value: (p, w) => `${w.text(p.value)} is listed twice.`,
  repeated_cadre: (p, w) =>
    p.first
      ? `${w.cadre(p.cadre)} is already in ${w.field(p.first)}.`
      : `${w.cadre(p.cadre)} is listed twice.`,
  repeated_key: (p, w) => `Same as ${w.field(p.first)}.`,
  class_code_in_use: (p, w) => `The class code ${w.text(p.classCode)} is in use: choose another.`,
  level_required: (p, w) => `Choose a level: ${w.unit(p.unit)} is an agency without a parent level.`,
  level_of_unit: (p, w) => `The level must be ${w.text(p.level)}, the level of ${w.unit(p.unit)}.`,
  unit_under_itself: () => 'A unit cannot sit under itself or one of its own sub-units.',

  unknown_user: (p, w) => `There is no active user ${w.user(p.user)}.`,
  user_out_of_reach: (p, w) =>
    `${w.user(p.user)} of ${w.unit(p.userUnit)} can neither see nor act in ${w.unit(p.unit)}.`,
  proposer_acts: (p, w) => `${w.user(p.user)} is the proposer, who may not act on their own proposal.`,
  candidate_acts: (p, w) =>
    `${w.user(p.user)} is the candidate ${w.cadre(p.cadre)}, who may not act on their own case.`,
  delegate_role: (p, w) => `This task goes only to someone with the role ${w.roles(p.roles, 'or')}.`,
  not_delegated: () => 'A task of this kind is not delegated.',
  proposer_candidate: (p, w) => `${w.cadre(p.cadre)} is the proposer.`,
  outside_scope: (p, w) => `${w.unit(p.unit)} is outside your unit scope.`,
  holds_no_post: (p, w) => `${w.cadre(p.cadre)} holds no post in ${w.unit(p.unit)} today.`,
  does_not_hold_post: (p, w) =>
    `${w.cadre(p.cadre)} does not hold ${w.post(p.post)} in ${w.unit(p.unit)} today.`,
  no_current_holders: (p, w) => `Nobody holds a post in ${w.unit(p.unit)} today.`,

  one_outside_candidate: () => 'An outside candidate: pick exactly 1 cadre.',
  required_for_outside: () => 'Required for an outside candidate.',
  only_for_outside: () => 'Only for an outside candidate.',
  required_for_local: () => 'Required for local candidates.',
  only_for_local: () => 'Only for local candidates.',
  collective_required: () => 'Required: list its members or pick a standing body.',
  no_sign_off_template: () => 'Required: the post has no sign-off template.',
  post_or_title: () => 'Pick a post or write a title, not both.',
  required_for_choice: (p, w) => `Required when you choose “${w.choice(p.choice)}”.`,
  cadre_or_unit: () => 'Pick one cadre or a whole unit, not both.',
  timing_not_allowed: () => 'This deployment takes no timing of its own.',
  term_five_years: () => 'The term spans five years, e.g. 2025-2030 or 2030-2035.',
  before_start: (p, w) =>
    p.start
      ? `Must not be before the start (${w.date(p.start)}).`
      : `Must not be before ${w.field(p.startField)}.`,
  after_today: (p, w) => `Must not be after today (${w.date(p.today)}).`,
  required_for_kind: (p, w) => `Required for a ${w.kind(p.kind)}.`,
  only_for_kind: (p, w) => `Only for a ${w.kind(p.kind)}.`,
  after_issue_year: (p, w) => `Must not be after the year of issue (${w.text(p.year)}).`,
  after_this_year: (p, w) => `Must not be after this year (${w.text(p.year)}).`,
  term_backwards: () => 'A term must end after it starts, e.g. 2025-2030.',
  after_end: (p, w) => `Must not be after ${w.field(p.endField)} (${w.date(p.end)}).`,
  before_birth: (p, w) => `Must not be before the cadre’s birth date (${w.date(p.birthDate)}).`,
  body_required: (p, w) => `Name at least one of the conferences (${w.list(p.fields)}).`,

  no_members: () => 'Name at least one member.',
  repeated_member: (p, w) => `${w.user(p.user)} is listed twice.`,
  no_head: () => 'Name one head.',
  several_heads: () => 'Name only one head.',
  no_secretary: () => 'Name one secretary.',
  several_secretaries: () => 'Name only one secretary.',

  not_email: (p, w) =>
    `Must be a mail address such as name@sonoivu.gov.vn (at most ${w.text(p.max)} characters, ${w.text(p.localMax)} before the @).`,
  cadre_code_taken: (p, w) => `A cadre with code ${w.text(p.code)} is already in the registry.`,
  repeated_row_code: (p, w) => `The code ${w.text(p.code)} repeats that of row ${w.text(p.row)}.`,
  row_field_count: (p, w) => `The row has ${w.text(p.fields)} fields; the header has ${w.text(p.expected)}.`,
  header_missing: (p, w) =>
    `The file has no header: its first line must name the columns (${w.list(p.columns)}).`,
  missing_column: (p, w) => `The header lacks the column ${w.text(p.column)}.`,
  unknown_column: (p, w) => `The header names “${w.text(p.column)}”, which is no column of the import.`,
  repeated_column: (p, w) => `The header names the column ${w.text(p.column)} twice.`,
  semicolon_separated: () => 'The columns are separated by “;”: save the file as CSV UTF-8 (commas).',
  not_utf8: () => 'The file is not UTF-8 text: save it as CSV UTF-8.',
  not_csv: (p, w) => `The file is not valid CSV from line ${w.num(p.line)}.`,

  nul_character: () => 'Must not contain a NUL character.',
  nested_too_deep: (p, w) => `Nested deeper than ${w.num(p.max)} levels.`,

  not_cursor: () => 'The page asked for is no longer valid: reload the list.',
  offset_with_cursor: () => 'A page position cannot be combined with a page cursor.',
  nothing_to_change: () => 'There is no change to save.',
  not_sequence: (p, w) => `Must be an event sequence of 1-${w.num(p.maxDigits)} digits.`,
  bad_percent_encoding: () => 'The path is not valid.',
  not_procedure_id: (p, w) => `Not a procedure id, e.g. ${w.text(p.example)}.`,
  not_documents_path: () => 'The path must go on with /documents.',
  not_document_key: (p, w) => `Not a document key, e.g. ${w.text(p.example)}.`,
  not_appointment_id: (p, w) => `Not an appointment id, e.g. ${w.text(p.example)}.`,
  not_task_key: (p, w) => `Not a task key, e.g. ${w.text(p.example)}.`,
  not_step_index: () => 'Not a step number (0, 1, 2, …).',
  empty_file: () => 'The file is empty: choose a file with content.',

  weekday_working_day: (p, w) =>
    `A swapped working day must be a Saturday or Sunday; ${w.date(p.date)} is a weekday, worked anyway.`,
};
