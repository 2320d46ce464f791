/**
 * Who the cadres are: gender, birth date (ages 25–60 on 2026-01-01), hometown (mostly a commune of Đầm
 * Hà, about 15 % elsewhere in Quảng Ninh), ethnicity by hometown, name, when they started working, when
 * they retire under the Labour Code, and whether they leave or die before the end of 2025.
 */
import type { Gender } from '@personnel/contracts';
import { retirementDate } from '@personnel/domain';
import { addMonths, addYears, day, firstOfMonth, isoDate, type Day } from './calendar';
import { fullName } from './names';
import { COMMUNES, communeLocality, OTHER_LOCALITIES } from './organisation';
import { lookup } from './must';
import { WeightedPicker, type Rng } from './prng';

export const WINDOW_START = day('2021-01-01');
export const WINDOW_END = day('2025-12-31');
/** The day the data set describes: "current" means current on this day. */
export const AS_OF = day('2026-01-01');
const LAST_RECRUITMENT = day('2025-10-01');

export interface Person {
  index: number;
  gender: Gender;
  birth: Day;
  /** First day of retirement (Labour Code 2019, Decree 135/2020: libs/domain's retirementDate). */
  retire: Day;
  careerStart: Day;
  hometown: string;
  ethnicity: string;
  fullName: string;
  /** Leaves the service or dies on this day, if still in service then. */
  fate: { status: 'left' | 'deceased'; day: Day } | null;
  /** Moves to another unit's staff (điều động) on this day, if still staff then. */
  staffTransfer: Day | null;
  /** 0 = weak, 1 = ordinary, 2 = strong: biases the yearly evaluations. */
  quality: 0 | 1 | 2;
}

const DISTRICT_POPULATION = COMMUNES.reduce((sum, c) => sum + c.population, 0);
/** 85 % born in a commune of Đầm Hà, 15 % elsewhere in Quảng Ninh (the other localities' shares sum to 1). */
const hometowns = new WeightedPicker<string>([
  ...COMMUNES.map((c) => [communeLocality(c.short), 0.85 * c.population] as const),
  ...OTHER_LOCALITIES.map((o) => [o.localityCode, 0.15 * o.share * DISTRICT_POPULATION] as const),
]);

const ethnicityByHometown = new Map<string, WeightedPicker<string>>([
  ...COMMUNES.map(
    (c) => [communeLocality(c.short), new WeightedPicker(Object.entries(c.ethnicity))] as const,
  ),
  ...OTHER_LOCALITIES.map((o) => [o.localityCode, new WeightedPicker(Object.entries(o.ethnicity))] as const),
]);

const ages = new WeightedPicker<number>(
  Array.from({ length: 36 }, (_, i) => {
    const age = 25 + i;
    return [age, age < 30 ? 0.8 : age <= 50 ? 1.1 : 0.9] as const;
  }),
);

export function generatePeople(rng: Rng, count: number): Person[] {
  const people: Person[] = [];
  for (let index = 0; index < count; index++) {
    const gender: Gender = rng.chance(0.43) ? 'female' : 'male';
    const age = ages.pick(rng);
    const birth = addYears(AS_OF, -(age + 1)) + rng.int(1, 365);
    const hometown = hometowns.pick(rng);
    const ethnicity = lookup(ethnicityByHometown, hometown, 'hometown').pick(rng);
    const name = fullName(rng, gender, ethnicity);
    const careerStart = Math.min(firstOfMonth(addMonths(birth, rng.int(22 * 12, 27 * 12))), LAST_RECRUITMENT);
    // The rules engine's own Labour Code schedule, so "months to retirement" agrees with its checks.
    const retire = day(retirementDate(gender, isoDate(birth)));
    let fate: Person['fate'] = null;
    const roll = rng.next();
    if (roll < 0.015) {
      const from = Math.max(careerStart + 365, WINDOW_START);
      const to = Math.min(retire - 30, WINDOW_END);
      if (from < to) fate = { status: roll < 0.003 ? 'deceased' : 'left', day: rng.int(from, to) };
    }
    const staffTransfer = rng.chance(0.1) ? rng.int(WINDOW_START, WINDOW_END) : null;
    const q = rng.next();
    people.push({
      index,
      gender,
      birth,
      retire,
      careerStart,
      hometown,
      ethnicity,
      fullName: name,
      fate,
      staffTransfer,
      quality: q < 0.1 ? 0 : q < 0.8 ? 1 : 2,
    });
  }
  return people;
}
