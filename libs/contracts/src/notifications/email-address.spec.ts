import { EMAIL_MAX_LENGTH, normaliseEmailAddress } from './email-address';

describe('normaliseEmailAddress', () => {
  it('trims and lower-cases the domain, keeping the local part as typed', () => {
    expect(normaliseEmailAddress('  Nguyen.Van.A@SoNoiVu.HaNoi.GOV.VN ')).toEqual({
      ok: true,
      address: 'Nguyen.Van.A@sonoivu.hanoi.gov.vn',
    });
    expect(normaliseEmailAddress("o'neil+tasks@xn--b-9ga.vn")).toEqual({
      ok: true,
      address: "o'neil+tasks@xn--b-9ga.vn",
    });
  });

  it.each([
    'no-at-sign',
    '@damha.example',
    'user@',
    'user@localhost',
    'user@damha',
    'two@@damha.vn',
    'a@b@damha.vn',
    'dot.@damha.vn',
    '.dot@damha.vn',
    'do..t@damha.vn',
    'sp ace@damha.vn',
    'user@-damha.vn',
    'user@damha-.vn',
    'user@damha..vn',
    'user@damha.v',
    'user@damha.123',
    'user@[10.0.0.1]',
    '"quoted"@damha.vn',
    'user@damha.vn\nBcc: x@y.vn',
    'người@damha.vn',
    '',
  ])('refuses %j as not an address', (raw) => {
    expect(normaliseEmailAddress(raw)).toEqual({ ok: false, problem: 'syntax' });
  });

  it('caps the whole address and the local part at their RFC 5321 lengths', () => {
    const domain = `${'d'.repeat(60)}.${'e'.repeat(60)}.${'f'.repeat(60)}.vn`;
    const longest = `${'a'.repeat(EMAIL_MAX_LENGTH - domain.length - 1)}@${domain}`;
    expect(longest.length).toBe(EMAIL_MAX_LENGTH);
    expect(normaliseEmailAddress(`${'a'.repeat(64)}@damha.vn`).ok).toBe(true);
    expect(normaliseEmailAddress(`${'a'.repeat(65)}@damha.vn`)).toEqual({ ok: false, problem: 'too_long' });
    expect(normaliseEmailAddress(`x${longest}`)).toEqual({ ok: false, problem: 'too_long' });
  });
});
