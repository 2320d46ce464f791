import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { vi } from '../i18n/vi';
import { startFieldLabel } from './start-field-label';

describe('startFieldLabel', () => {
  const s = vi.proc.start;

  it('names a sign-off step by its position and part, counting from 1', () => {
    expect(startFieldLabel('signOff[0].key', s)).toBe('Bước 1 — Mã bước');
    expect(startFieldLabel('signOff[2].assigneeIds', s)).toBe(`Bước 3 — ${s.stepAssignees}`);
    expect(startFieldLabel('signOff[1]', s)).toBe('Bước 2');
  });

  it('names a conference body and its member lists', () => {
    expect(startFieldLabel('collective.summonedIds', s)).toBe('Tập thể lãnh đạo — Thành phần triệu tập');
    expect(startFieldLabel('homeUnitConference', s)).toBe('Lấy ý kiến nơi công tác');
    expect(startFieldLabel('keyCadreConference.secretaryId', en.proc.start)).toBe(
      `${en.proc.start.bodies.keyCadreConference} — ${en.proc.start.secretary}`,
    );
  });

  it('names the plain fields and leaves an unknown path as it is', () => {
    expect(startFieldLabel('signerId', s)).toBe('Người ký quyết định');
    expect(startFieldLabel('timing.workingDayMs', s)).toBe('timing.workingDayMs');
  });
});
