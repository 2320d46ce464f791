import type { DisciplineFact } from '@personnel/contracts';
import { disciplineCooloff } from './discipline';
import { BOTH_BASES, cadreWith, params, POST, questionWith } from './test-fixtures';

const run = (disciplines: DisciplineFact[], asOf: string, basis = BOTH_BASES[0]) =>
  disciplineCooloff(cadreWith({ disciplines }), POST, questionWith({ asOf }), params(basis));

describe.each(BOTH_BASES)('discipline_cooloff under %s', (basis) => {
  it('passes without any discipline', () => {
    expect(run([], '2026-01-15', basis)).toMatchObject({ passed: true, parameters: { coolOffEndsOn: null } });
  });

  it.each([
    ['reprimand', '2024-01-15', '2026-01-14', false, '2026-01-15'],
    ['reprimand', '2024-01-15', '2026-01-15', true, '2026-01-15'], // ending today counts as ended
    ['reprimand', '2024-01-15', '2026-01-16', true, '2026-01-15'],
    ['reprimand', '2024-02-29', '2026-02-27', false, '2026-02-28'], // leap-day decision
    ['reprimand', '2024-02-29', '2026-02-28', true, '2026-02-28'],
    ['warning', '2023-03-31', '2026-03-30', false, '2026-03-31'],
    ['warning', '2023-03-31', '2026-03-31', true, '2026-03-31'],
    ['removal', '2021-02-28', '2026-02-27', false, '2026-02-28'],
    ['removal', '2021-02-28', '2026-02-28', true, '2026-02-28'],
  ] as const)('a %s decided on %s, on %s: passed %s (ends %s)', (form, decidedAt, asOf, passed, endsOn) => {
    const check = run([{ form, decidedAt }], asOf, basis);
    expect(check).toMatchObject({
      rule: 'discipline_cooloff',
      passed,
      parameters: { disciplineForm: form, decidedAt, coolOffEndsOn: endsOn },
    });
    expect(check.detail).toContain(endsOn);
    expect(check.detail).toContain(form);
  });

  it('keeps an older removal running when a newer reprimand would end sooner', () => {
    const check = run(
      [
        { form: 'removal', decidedAt: '2022-06-01' },
        { form: 'reprimand', decidedAt: '2024-01-01' },
      ],
      '2026-06-01',
      basis,
    );
    expect(check).toMatchObject({
      passed: false,
      parameters: { disciplineForm: 'removal', coolOffMonths: 60, coolOffEndsOn: '2027-06-01' },
    });
  });

  it('uses the latest discipline when it ends last', () => {
    const check = run(
      [
        { form: 'warning', decidedAt: '2019-01-10' },
        { form: 'reprimand', decidedAt: '2025-05-20' },
      ],
      '2026-01-15',
      basis,
    );
    expect(check).toMatchObject({
      passed: false,
      parameters: { decidedAt: '2025-05-20', coolOffEndsOn: '2027-05-20' },
    });
  });

  it('ignores a discipline decided after the as-of date', () => {
    expect(run([{ form: 'removal', decidedAt: '2026-01-16' }], '2026-01-15', basis).passed).toBe(true);
  });
});

it('cites QĐ 377 for its own basis and applied practice before it', () => {
  const d: DisciplineFact[] = [{ form: 'warning', decidedAt: '2024-01-01' }];
  expect(run(d, '2026-01-15', 'QD377-2025').citation).toBe('QĐ 377-QĐ/TW 2025');
  expect(run(d, '2026-01-15', 'ND138-2020').citation).toMatch(/^Applied practice/);
});

describe('discipline_cooloff before a higher post only', () => {
  const reprimand: DisciplineFact = { form: 'reprimand', decidedAt: '2025-06-01' };
  const holding = (rankGroup: 'chair' | 'vice_chair') =>
    cadreWith({
      disciplines: [reprimand],
      assignments: [
        {
          kind: 'appointment',
          unitCode: 'TB',
          unitLocalityCode: 'TAN_BINH',
          postCode: 'TB-X',
          isHead: false,
          level: 'commune',
          rankGroup,
          from: '2022-01-01',
        },
      ],
    });
  const chairPost = { ...POST, rankGroup: 'chair' as const };

  it('waits before a higher post', () => {
    const check = disciplineCooloff(holding('vice_chair'), chairPost, questionWith(), params('QD377-2025'));
    expect(check).toMatchObject({ passed: false, parameters: { coolOffEndsOn: '2027-06-01' } });
  });

  it('does not apply to an equivalent post, and says so with the citation', () => {
    const check = disciplineCooloff(holding('chair'), chairPost, questionWith(), params('QD377-2025'));
    expect(check).toMatchObject({ passed: true, parameters: { higherPost: false } });
    expect(check.detail).toContain('not higher than TB-X');
    expect(check.citation).toContain('tương đương');
  });

  it('applies as before when the facts carry no rank', () => {
    const check = disciplineCooloff(holding('chair'), POST, questionWith(), params('QD377-2025'));
    expect(check.passed).toBe(false);
  });
});
