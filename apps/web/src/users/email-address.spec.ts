import { describe, expect, it } from 'vitest';
import { normaliseEmailAddress as apiRule } from '@personnel/contracts';
import { normaliseEmailAddress as panelRule } from './email-address';

/** The panel's copy of the address rule answers as the API's does, so the form never disagrees with it. */
describe('the panel’s e-mail address rule', () => {
  it.each([
    '  Nguyen.Van.A@SoNoiVu.HaNoi.GOV.VN ',
    "o'neil+tasks@xn--b-9ga.vn",
    'u-hr-01@damha.example',
    'no-at-sign',
    'user@localhost',
    'do..t@damha.vn',
    'user@damha-.vn',
    'user@damha.123',
    '"quoted"@damha.vn',
    'người@damha.vn',
    'user@damha.vn\nBcc: x@y.vn',
    `${'a'.repeat(64)}@damha.vn`,
    `${'a'.repeat(65)}@damha.vn`,
    `${'a'.repeat(60)}@${'d'.repeat(63)}.${'e'.repeat(63)}.${'f'.repeat(63)}.vn`,
    '',
  ])('answers %j as the API does', (raw) => {
    expect(panelRule(raw)).toEqual(apiRule(raw));
  });
});
