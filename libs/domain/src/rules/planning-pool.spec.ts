import type { Gender } from '@personnel/contracts';
import { checkCandidatesPerPost, checkPlanningStructure, type PoolMember } from './planning-pool';

const member = (gender: Gender, birthDate: string): PoolMember => ({ gender, birthDate });
const young = (gender: Gender = 'male') => member(gender, '1990-01-01'); // 36 on 2026-01-15
const older = (gender: Gender = 'male') => member(gender, '1975-01-01'); // 51
const pool = (...members: PoolMember[]) => members;

describe.each(['QD50-2021', 'QD377-2025'] as const)('planning pool checks under %s', (basis) => {
  it.each([
    [2, true],
    [3, true],
    [4, false],
  ])('%i candidates for one post: passed %s', (n, passed) => {
    expect(checkCandidatesPerPost('QA-CT-UBND', n, basis)).toMatchObject({
      rule: 'candidates_per_post',
      passed,
      parameters: { max: 3, candidates: n },
    });
  });

  it.each([
    ['1 young of 6 (16.7 %)', pool(young(), older(), older(), older(), older(), older()), true],
    ['1 young of 7 (14.3 %)', pool(young(), older(), older(), older(), older(), older(), older()), false],
    [
      'nobody under 40: born 1986-01-15 is exactly 40',
      pool(member('male', '1986-01-15'), older(), older()),
      false,
    ],
    ['born 1986-01-16 is still 39', pool(member('male', '1986-01-16'), older(), older()), true],
    ['an empty pool', pool(), false],
  ])('young share, %s: passed %s', (_case, members, passed) => {
    const [youngShare] = checkPlanningStructure(members, '2026-01-15', basis);
    expect(youngShare).toMatchObject({ rule: 'planning_young_share', passed });
    expect(youngShare.citation).toContain('QĐ 50-QĐ/TW 2021');
  });

  it.each([
    ['1 woman of 4 (25 %)', pool(older('female'), older(), older(), older()), true],
    ['1 woman of 5 (20 %)', pool(older('female'), older(), older(), older(), older()), false],
    ['no woman', pool(older(), older()), false],
  ])('women share, %s: passed %s', (_case, members, passed) => {
    const [, women] = checkPlanningStructure(members, '2026-01-15', basis);
    expect(women).toMatchObject({ rule: 'planning_women_share', passed, parameters: { minPercent: 25 } });
  });
});

it('states the share in the detail', () => {
  const [, women] = checkPlanningStructure(
    pool(older('female'), older(), older()),
    '2026-01-15',
    'QD377-2025',
  );
  expect(women.detail).toBe('1 of 3 in the planning pool are women (33.3 %); the target is at least 25 %.');
});

it.each([
  ['ages 31, 36 and 41: three bands', ['1995-01-01', '1990-01-01', '1985-01-01'], true, 3],
  ['ages 35 and 39 share a band: two bands', ['1991-01-01', '1987-01-01', '1981-01-01'], false, 2],
  ['an empty pool: none', [], false, 0],
])('age bands, %s', (_case, births, passed, bands) => {
  const members = births.map((birthDate) => ({ gender: 'male' as const, birthDate }));
  const [, , ageBands] = checkPlanningStructure(members, '2026-01-15', 'QD377-2025');
  expect(ageBands).toMatchObject({
    rule: 'planning_age_bands',
    passed,
    parameters: { bands, min: 3, bandYears: 5 },
  });
});
