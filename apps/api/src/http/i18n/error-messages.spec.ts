import {
  CONFERENCE_REFUSAL_CODES,
  FIELD_PROBLEM_CODES,
  REFUSAL_CODES,
  type ApiErrorBody,
} from '@personnel/contracts';
import { ERROR_MESSAGES, localiseDetail, localiseError } from './error-messages';
import { FIELD_PROBLEM_MESSAGES_VI } from './field-problem-messages';
import { requestLanguage } from './request-language';

const refusal = (code: string, message: string, params = {}) => ({
  statusCode: 409,
  error: 'Conflict',
  code,
  params,
  message,
});

describe('errors written from their code and params', () => {
  it('writes every refusal code of the workflows in Vietnamese and English', () => {
    for (const code of REFUSAL_CODES) {
      expect(ERROR_MESSAGES[code]?.vi({})).toMatch(/\S/);
      expect(ERROR_MESSAGES[code]?.en({})).toMatch(/\S/);
    }
  });

  it('writes every refusal code of a conference in Vietnamese and English', () => {
    for (const code of CONFERENCE_REFUSAL_CODES) {
      expect(ERROR_MESSAGES[code]?.vi({})).toMatch(/\S/);
      expect(ERROR_MESSAGES[code]?.en({})).toMatch(/\S/);
    }
  });

  it('writes a conference refusal from its values, a level of a confidence ballot in words', () => {
    const over = refusal('counts_exceed', 'the three counts for CB-1 (9) exceed the 5 ballots cast', {
      candidateId: 'CB-1',
      sum: 9,
      ballotsCast: 5,
    });
    expect(localiseError(over, 'vi')).toMatchObject({
      code: 'counts_exceed',
      params: { candidateId: 'CB-1', sum: 9, ballotsCast: 5 },
      message: 'Tổng ba mức của CB-1 (9) vượt quá 5 phiếu phát ra.',
      reason: 'the three counts for CB-1 (9) exceed the 5 ballots cast',
    });
    expect(localiseError(over, 'en').message).toBe(
      'The three counts for CB-1 (9) exceed the 5 ballots cast.',
    );
    const negative = refusal('count_negative', 'low for CB-2 must be a whole number ≥ 0', {
      candidateId: 'CB-2',
      level: 'low',
    });
    expect(localiseError(negative, 'vi').message).toBe(
      'Số phiếu tín nhiệm thấp của CB-2 phải là số nguyên không âm.',
    );
    expect(localiseError(refusal('not_secretary', 'x', { secretaryId: 'U-RM5' }), 'en').message).toBe(
      "Only the conference's secretary (U-RM5) records attendance and the tally.",
    );
  });

  it('answers an older worker’s conference refusal (no code of its own) with the generic code, its words kept', () => {
    const old = localiseError(refusal('conference_refused', 'X9 was not summoned'), 'vi');
    expect(old).toMatchObject({
      code: 'conference_refused',
      message: 'Hội nghị không nhận thao tác này.',
      reason: 'X9 was not summoned',
    });
  });

  it('asks for the reason a conference is convened again', () => {
    const body = refusal('reason_required', 'reason: say why the conference is convened again', {
      field: 'reason',
      command: 'reconvene',
    });
    expect(localiseError(body, 'vi').message).toBe('Hãy nêu lý do triệu tập lại hội nghị.');
    expect(localiseError(body, 'en').message).toBe('Say why the conference is convened again.');
  });

  it('names who holds a claimed task, keeping the English words as the reason', () => {
    const body = refusal('claimed_by_other', 'U-TCNV-01 has already claimed this task', {
      claimedBy: 'U-TCNV-01',
    });
    expect(localiseError(body, 'vi')).toMatchObject({
      code: 'claimed_by_other',
      params: { claimedBy: 'U-TCNV-01' },
      message: 'U-TCNV-01 đã nhận nhiệm vụ này.',
      reason: 'U-TCNV-01 has already claimed this task',
    });
    expect(localiseError(body, 'en').message).toBe('U-TCNV-01 has already claimed this task.');
  });

  it('lists the assignees and writes a procedure state in words', () => {
    expect(localiseError(refusal('not_assignee', 'x', { assignees: ['U-1', 'U-2'] }), 'vi').message).toBe(
      'Nhiệm vụ này giao cho U-1 hoặc U-2, không phải bạn.',
    );
    expect(localiseError(refusal('finished', 'x', { state: 'withdrawn' }), 'vi').message).toBe(
      'Quy trình đã rút, không nhận thêm thao tác.',
    );
    expect(localiseError(refusal('finished', 'x', { state: 'withdrawn' }), 'en').message).toBe(
      'The procedure is withdrawn; it takes no more commands.',
    );
  });

  it('takes the field an invalid refusal names first', () => {
    const body = localiseError(refusal('invalid', 'reason: text of at most 500 characters'), 'vi');
    expect(body.params).toEqual({ field: 'reason' });
    expect(body.message).toBe('Dữ liệu chưa hợp lệ ở trường reason.');
  });

  it('codes a validation error by its fields and leaves a body without a known code alone', () => {
    const validation = {
      statusCode: 400,
      error: 'Bad Request',
      message: 'Invalid request: number must be a string',
      details: [
        { field: 'number', problem: 'number must be a string' },
        { field: 'number', problem: 'number should not be empty' },
      ],
    };
    expect(localiseError(validation, 'vi')).toMatchObject({
      code: 'invalid_request',
      params: { fields: ['number'] },
      message: 'Dữ liệu chưa hợp lệ ở trường: number.',
      reason: 'Invalid request: number must be a string',
    });
    const plain = { statusCode: 404, error: 'Not Found', message: 'No cadre CB-1' };
    expect(localiseError(plain, 'vi')).toBe(plain);
  });

  it('writes every field problem code in Vietnamese, naming its field', () => {
    for (const code of FIELD_PROBLEM_CODES) expect(FIELD_PROBLEM_MESSAGES_VI[code]({}, 'x')).toMatch(/\S/);
  });

  it('names a cadre’s status in the same words in a field problem and in a registry 409', () => {
    const problem = FIELD_PROBLEM_MESSAGES_VI.cadre_not_active({ cadre: 'CB-1', status: 'left' }, 'cadreId');
    const conflict = ERROR_MESSAGES.inactive_cadre.vi({ cadre: 'CB-1', status: 'left' });
    expect(problem).toBe('Cán bộ CB-1 đã thôi việc.');
    expect(conflict).toContain('Cán bộ CB-1 đã thôi việc:');
    expect(ERROR_MESSAGES.inactive_cadre.en({ cadre: 'CB-1', status: 'left' })).toContain(
      'Cadre CB-1 is no longer in service:',
    );
  });

  it('writes a cadre import’s row in the request’s language, its row, code and params kept', () => {
    const row = {
      row: 4,
      field: 'header',
      problem: 'lacks the column gender',
      code: 'missing_column' as const,
      params: { column: 'gender' },
    };
    expect(localiseDetail(row, 'vi')).toEqual({
      ...row,
      problem: 'Dòng tiêu đề thiếu cột gender.',
      reason: 'lacks the column gender',
    });
    expect(localiseDetail(row, 'en')).toEqual({ ...row, reason: 'lacks the column gender' });
  });

  it('writes a body refused before any route in both languages, from its limit', () => {
    const tooLarge = localiseError(
      {
        statusCode: 413,
        error: 'Payload Too Large',
        message: 'The request body is too large (limit 1024 kB)',
        code: 'body_too_large',
        params: { limitKb: 1024 },
      },
      'vi',
    );
    expect(tooLarge).toMatchObject({
      message: 'Nội dung yêu cầu quá lớn (tối đa 1024 kB).',
      reason: 'The request body is too large (limit 1024 kB)',
    });
  });

  it('writes each coded field problem in Vietnamese by default, its English kept as the detail’s reason', () => {
    const held: ApiErrorBody = {
      statusCode: 400,
      error: 'Bad Request',
      message: 'Invalid request: toPostId is a post of unit KT, not of QA; note must be shorter',
      details: [
        {
          field: 'toPostId',
          problem: 'is a post of unit KT, not of QA',
          code: 'post_of_other_unit',
          params: { post: 'KT-PGD', postUnit: 'KT', unit: 'QA' },
        },
        {
          field: 'note',
          problem: 'note must be shorter than or equal to 5 characters',
          code: 'too_long',
          params: { max: 5 },
        },
        { field: 'old', problem: 'an older path’s words' },
      ],
    };
    const vi = localiseError(held, 'vi');
    expect(vi.details).toEqual([
      {
        field: 'toPostId',
        code: 'post_of_other_unit',
        params: { post: 'KT-PGD', postUnit: 'KT', unit: 'QA' },
        problem: 'Chức danh KT-PGD thuộc đơn vị KT, không phải QA.',
        reason: 'is a post of unit KT, not of QA',
      },
      {
        field: 'note',
        code: 'too_long',
        params: { max: 5 },
        problem: 'Trường note chỉ được tối đa 5 ký tự.',
        reason: 'note must be shorter than or equal to 5 characters',
      },
      { field: 'old', problem: 'an older path’s words' },
    ]);
    expect(localiseError(held, 'en').details?.[0]).toMatchObject({
      problem: 'is a post of unit KT, not of QA',
      reason: 'is a post of unit KT, not of QA',
    });
  });

  it('writes the field problems of a body whose own code has no sentence (a duplicate class code)', () => {
    const duplicate: ApiErrorBody = {
      statusCode: 409,
      error: 'Conflict',
      code: 'duplicate',
      message: 'A class with code K1 already exists: choose another code',
      details: [
        {
          field: 'classCode',
          problem: 'K1 is already in use',
          code: 'class_code_in_use',
          params: { classCode: 'K1' },
        },
      ],
    };
    const vi = localiseError(duplicate, 'vi');
    expect(vi.message).toBe('A class with code K1 already exists: choose another code');
    expect(vi.details?.[0].problem).toBe('Mã lớp K1 đã được sử dụng.');
  });

  it('negotiates the language: Vietnamese by default', () => {
    const asking = (header: string | undefined) => ({
      acceptsLanguages: (langs: string[]) =>
        header === undefined ? langs[0] : header.startsWith('en') ? 'en' : false,
    });
    expect(requestLanguage(undefined)).toBe('vi');
    expect(requestLanguage(asking(undefined) as never)).toBe('vi');
    expect(requestLanguage(asking('en') as never)).toBe('en');
    expect(requestLanguage(asking('fr') as never)).toBe('vi');
  });
});
