import type { RotationPlannerFacts } from '@personnel/contracts';
import { OrgBuilder } from './org-builder';

/** mulberry32: a seeded PRNG, so a failing instance is reproduced by its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * 3–4 communes and one agency, about 10 cadres: hometowns mostly in the communes (so many heads are
 * local), some heads in place since 2015 (two terms by 2026), some cadres out of planning, near
 * retirement or short of a course, so candidates are scarce and chains and unmet targets both occur.
 */
export function randomInstance(seed: number): RotationPlannerFacts {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const communes = ['A', 'B', 'C', 'D'].slice(0, 3 + Math.floor(random() * 2));
  const org = new OrgBuilder();
  for (const c of communes) org.commune(c);
  org.agency('G');
  const heads = [...communes.flatMap((c) => [`${c}-BT`, `${c}-CT`]), 'G-TR'];
  const staff = [...communes.map((c) => `${c}-CV`), 'G-CV'];
  const hometowns = [...communes.map((c) => `L-${c}`), 'L-OUTSIDE'];
  const count = 9 + Math.floor(random() * 3);
  const free = [...heads];
  for (let i = 0; i < count; i++) {
    const takesHead = free.length > 0 && random() < 0.7;
    const post = takesHead ? free.splice(Math.floor(random() * free.length), 1)[0] : pick(staff);
    org.cadre({
      code: `K${i}`,
      hometown: pick(hometowns),
      post,
      since: takesHead && random() < 0.25 ? '2015-06-01' : '2022-01-01',
      birthDate: random() < 0.15 ? '1967-01-01' : random() < 0.3 ? '1972-06-01' : '1984-03-03',
      planned: random() < 0.6,
      patch: random() < 0.12 ? { completedCourseCodes: [] } : {},
    });
  }
  return org.build();
}
