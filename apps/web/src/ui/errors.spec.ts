import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { en } from '../i18n/en';
import { vi } from '../i18n/vi';
import { describeError } from './errors';

const refused = (status: number, code?: string, message = 'refused by the workflow') =>
  new ApiError(status, { statusCode: status, error: 'x', message, ...(code ? { code } : {}) });

describe('describeError', () => {
  it('says why a workflow refused with a 403, in the user language, keeping the API message', () => {
    // An API message without `reason` is the server's own English words, and marked as such.
    expect(describeError(refused(403, 'own_case'), vi)).toEqual({
      summary: vi.proc.codes.own_case,
      apiMessage: 'refused by the workflow',
      apiInEnglish: true,
    });
    expect(describeError(refused(403, 'not_assignee'), en).summary).toBe(en.proc.codes.not_assignee);
  });

  it('falls back to "forbidden" for the role guard, which gives no code', () => {
    expect(describeError(refused(403), vi).summary).toBe(vi.errors.forbidden);
  });

  it('names a 409 by its code, nomination or procedure alike, and a 404 unknown task', () => {
    expect(describeError(refused(409, 'claimed_by_other'), vi).summary).toBe(vi.proc.codes.claimed_by_other);
    expect(describeError(refused(409, 'out_of_turn'), vi).summary).toBe(vi.decision.codes.out_of_turn);
    expect(describeError(refused(409), vi).summary).toBe(vi.decision.refused);
    expect(describeError(refused(404, 'unknown_task'), vi).summary).toBe(vi.proc.codes.unknown_task);
    expect(describeError(refused(404), vi).summary).toBe(vi.errors.notFound);
  });

  it('shows a message the API wrote in the user language as such, not as the server’s English', () => {
    const localised = new ApiError(409, {
      statusCode: 409,
      error: 'Conflict',
      code: 'claimed_by_other',
      params: { claimedBy: 'U-TCNV-01' },
      message: 'U-TCNV-01 đã nhận nhiệm vụ này.',
      reason: 'U-TCNV-01 has already claimed this task',
    });
    expect(localised.localised).toBe(true);
    expect(describeError(localised, vi)).toEqual({
      summary: vi.proc.codes.claimed_by_other,
      apiMessage: 'U-TCNV-01 đã nhận nhiệm vụ này.',
    });
  });
});
