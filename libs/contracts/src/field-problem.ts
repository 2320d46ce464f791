/**
 * Every reason a field of a request is refused (a 400's `details[i].code`), in one list: the API writes
 * each in the request's language from its params, and the panel's tables are typed
 * `Record<FieldProblemCode, …>`, so a new code fails both builds until each language writes it. A field
 * problem records nothing, so a code may change; never reuse one for another meaning.
 *
 * Params name registry records by code, with the same keys everywhere so the panel can show names:
 * `cadre`, `post`, `unit` (also `userUnit`, `postUnit`), `body` (a standing body), `course`, `user` (a
 * username), `document`; `first` names the field an item repeats (`signOff[0].key`), `startField` the
 * field an end must follow. Where the server has a name at hand it sends it beside the code
 * (`cadreName`, `postTitle`, `unitName`, `bodyName`).
 */
export const FIELD_PROBLEM_CODES = [
  // A constraint of the request's shape (class-validator), its arguments as params.
  /** The field is required (missing or empty). */
  'required',
  'not_string',
  'not_integer',
  'not_number',
  'not_boolean',
  'not_array',
  'not_object',
  /** A number below `min`. */
  'too_small',
  /** A number above `max`. */
  'too_large',
  /** A text shorter than `min` characters. */
  'too_short',
  /** A text longer than `max` characters. */
  'too_long',
  /** A list of fewer than `min` items. */
  'too_few',
  /** A list of more than `max` items. */
  'too_many',
  /** A list whose items repeat. */
  'repeated_items',
  /** A value not among `allowed`. */
  'not_one_of',
  /** A text not of the field's written form. */
  'bad_format',
  /** Not a registry code (1-64 letters, digits, ".", "_" or "-"). */
  'not_code',
  /** Not a term written YYYY-YYYY. */
  'not_term',
  /** Not a calendar day written YYYY-MM-DD. */
  'not_date',
  /** Not a calendar day, or one after today. */
  'not_past_date',
  'not_url',
  'not_uuid',
  /** A field the request does not take. */
  'unknown_field',
  /** Any other constraint: the detail's `problem` says which. */
  'invalid_value',

  // The registry's word on what a field names.
  /** `post` is no post of the registry. */
  'unknown_post',
  /** `post` is deactivated. */
  'inactive_post',
  /** `cadre` is no cadre of the registry. */
  'unknown_cadre',
  /** `cadre` is `status` (retired, transferred…), not active. */
  'cadre_not_active',
  /** `unit` is no unit of the registry. */
  'unknown_unit',
  /** `unit` is deactivated. */
  'inactive_unit',
  /** `course` is no training course of the registry. */
  'unknown_course',
  /** `course` is deactivated. */
  'inactive_course',
  /** `document` is no stored document. */
  'unknown_document',
  /** `document` carries no cadre and issue day, which a dossier document needs. */
  'document_without_dossier_fields',
  /** `body` is no standing body of the registry. */
  'unknown_standing_body',
  /** `body` is retired. */
  'retired_standing_body',
  /** `body` belongs to `unit`, neither the post's unit nor one above it. */
  'standing_body_of_other_unit',
  /** The request names the `bodyName` conference both by a standing body and member by member. */
  'standing_body_and_members',
  /** `post` belongs to `postUnit`, not to `unit`. */
  'post_of_other_unit',
  /** `post` is not the cadre's current post, `current` (null: the cadre holds none). */
  'not_current_post',
  /** `value` is named twice. */
  'repeated_value',
  /** `cadre` is listed twice (`first`: the row that lists them first, if any). */
  'repeated_cadre',
  /** The key repeats the key of `first`. */
  'repeated_key',
  /** The class code `classCode` is already in use. */
  'class_code_in_use',
  /** `unit` is an agency without a parent level: the post's level is required. */
  'level_required',
  /** The post's level must be `level`, the level of `unit`. */
  'level_of_unit',
  /** The unit would sit under itself or one of its own sub-units. */
  'unit_under_itself',

  // The directory's word on the people a field names.
  /** `user` is no active user of the directory. */
  'unknown_user',
  /** `user` of `userUnit` can neither see nor act in `unit`. */
  'user_out_of_reach',
  /** `user` is the proposer, who may not act on their own proposal. */
  'proposer_acts',
  /** `user` is the candidate `cadre`, who may not act on their own case. */
  'candidate_acts',
  /** A task of kind `kind` goes by delegation only to a user with one of `roles`. */
  'delegate_role',
  /** A task of kind `kind` is not delegated. */
  'not_delegated',
  /** `cadre` is the proposer's own cadre. */
  'proposer_candidate',
  /** `unit` is outside the proposer's unit scope. */
  'outside_scope',
  /** `cadre` holds no post in `unit` today. */
  'holds_no_post',
  /** `cadre` does not hold `post` in `unit` today. */
  'does_not_hold_post',
  /** `unit` has no current post holders. */
  'no_current_holders',

  // What the request says of itself.
  /** An outside candidate's procedure names exactly one cadre. */
  'one_outside_candidate',
  'required_for_outside',
  'only_for_outside',
  'required_for_local',
  'only_for_local',
  /** The collective: its members or a standing body. */
  'collective_required',
  /** Required: the post has no sign-off template to take it from. */
  'no_sign_off_template',
  /** Name exactly one: a post, or a title. */
  'post_or_title',
  /** Required for the choice `choice` (a rejection says why, an approval gives the decision's number). */
  'required_for_choice',
  /** Give either a cadre or a unit, not both. */
  'cadre_or_unit',
  /** Timing overrides are off in this deployment. */
  'timing_not_allowed',
  /** A plan's term spans five years. */
  'term_five_years',
  /** The date is before `startField` (`start`, when given). */
  'before_start',
  /** The day is after today (`today`). */
  'after_today',
  /** Required for a document of kind `kind`. */
  'required_for_kind',
  /** Only for a document of kind `kind`. */
  'only_for_kind',
  /** The assessed year is after `year`, the year the document was issued. */
  'after_issue_year',
  /** A year after this one, `year`. */
  'after_this_year',
  /** A term that does not end after it starts. */
  'term_backwards',
  /** The start of a range is after its end `end`, the field `endField`. */
  'after_end',
  /** A day before the cadre's birth day `birthDate`. */
  'before_birth',
  /** Name the conference's collective or another of its bodies (`fields`). */
  'body_required',

  // A standing body's members (libs/domain standingBodyProblems).
  'no_members',
  /** `user` is named twice. */
  'repeated_member',
  'no_head',
  'several_heads',
  'no_secretary',
  'several_secretaries',

  /** Not a mail address the product can send to (at most `max` characters, `localMax` before the @). */
  'not_email',

  // A CSV import's rows (POST /api/v1/cadres/import).
  /** A cadre with code `code` is already in the registry. */
  'cadre_code_taken',
  /** The code `code` repeats that of row `row` of the same file. */
  'repeated_row_code',
  /** The row has `fields` fields where the header names `expected`. */
  'row_field_count',
  /** The file has no header line: the first line must name the columns `columns`. */
  'header_missing',
  /** The header lacks the required column `column`. */
  'missing_column',
  /** The header names `column`, which is no column of the import. */
  'unknown_column',
  /** The header names the column `column` twice. */
  'repeated_column',
  /** The header separates its columns with ";" (a spreadsheet's regional CSV): commas are needed. */
  'semicolon_separated',
  /** The file is not UTF-8 text. */
  'not_utf8',
  /** The file is not valid CSV from line `line` (the English `reason` says how). */
  'not_csv',

  // What any request may not hold (the hostile-input pipe, before validation).
  /** A text (or a key) holding a NUL character. */
  'nul_character',
  /** JSON nested deeper than `max` levels. */
  'nested_too_deep',

  // Paging, cursors and paths.
  /** `after` is not a cursor this list answered (send its nextCursor back unchanged). */
  'not_cursor',
  /** An offset beside `after`: the cursor already says where the page starts. */
  'offset_with_cursor',
  /** A PATCH naming no field to change besides its version. */
  'nothing_to_change',
  /** Not an event sequence: 1-`maxDigits` digits. */
  'not_sequence',
  /** A path that is not valid percent-encoding. */
  'bad_percent_encoding',
  /** Not a procedure's workflow id (`<kind>/<code>…`, e.g. `example`). */
  'not_procedure_id',
  /** The procedure's path must go on with /documents. */
  'not_documents_path',
  /** Not a document key (e.g. `example`). */
  'not_document_key',
  /** An appointment's id that is not `appointment/<postId>/<n>` (e.g. `example`). */
  'not_appointment_id',
  /** Not a task key (e.g. `example`). */
  'not_task_key',
  /** Not a step index (0, 1, 2, …). */
  'not_step_index',
  /** An upload without its bytes. */
  'empty_file',

  // The working-day calendar (libs/domain calendarEntryProblem).
  /** A swapped working day on `date`, a weekday (worked anyway): it must be a Saturday or Sunday. */
  'weekday_working_day',
] as const;
export type FieldProblemCode = (typeof FIELD_PROBLEM_CODES)[number];

/** The values a field problem names beside its code (see FIELD_PROBLEM_CODES for their keys). */
export type FieldProblemParams = Record<string, string | number | boolean | null | string[]>;

/**
 * One field problem of a 400. `problem` is in the request's language (Accept-Language, Vietnamese by
 * default) when the API wrote it from `code` + `params`, the server's English words then kept as
 * `reason`; an older server sent `problem` in English only, without a code.
 */
export interface FieldProblemDetail {
  field: string;
  problem: string;
  code?: FieldProblemCode;
  params?: FieldProblemParams;
  reason?: string;
}

export function isFieldProblemCode(value: unknown): value is FieldProblemCode {
  return typeof value === 'string' && (FIELD_PROBLEM_CODES as readonly string[]).includes(value);
}
