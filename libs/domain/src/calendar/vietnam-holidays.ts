import type { PublicHoliday } from '@personnel/contracts';
import { addDays, compareIsoDates, isoWeekday } from './iso-date';
import { HOLIDAY_YEARS, LUNAR_DATES, OFFICIAL_DAY_SWAPS, OFFICIAL_TET_BREAKS } from './vietnam-holidays.data';
import { isWeeklyRestDay, workingDayTest } from './working-days';

export const HOLIDAY_CITATION =
  'Bộ luật Lao động 2019 Art. 111(3), Art. 112; Bộ luật Lao động 2012 Art. 115 (2020)';

/**
 * The working-day calendar of one year (public holidays and swapped working days), as the seed the
 * registry loads:
 * - Statutory days (Labour Code 2019 Art. 112): New Year 1/1; Tết 5 days; Hùng Kings 10/3 lunar; 30/4;
 *   1/5; National Day 2/9 plus an adjacent day (from 2021; in 2020 the 2012 Code gave 2/9 only).
 * - Tết: the official break where known (OFFICIAL_TET_BREAKS, every day of it listed); otherwise the
 *   lunar new year's eve through the 4th day of Tết.
 * - A statutory day on a Saturday or Sunday gives a compensatory day off on the next working day
 *   (Art. 111(3)). This reproduces every announced schedule of 2021-2023 exactly.
 * - National Day's adjacent day, where no schedule is known: the one that joins a weekend (3/9 when 2/9
 *   is a Monday or Thursday, otherwise 1/9; for a Wednesday neither does and we take 1/9). This matches
 *   the announced choices of 2021-2025.
 * - Official swaps (OFFICIAL_DAY_SWAPS, 2024 and 2025): the weekday a day off, the Saturday worked
 *   instead a `working_day` entry.
 * Years after 2026 (and New Year, Hùng Kings, 30/4, 1/5, 2/9 of 2026) are derived by these rules: the
 * registry should replace them with the Government's notice once published.
 */
export function vietnamPublicHolidays(year: number): PublicHoliday[] {
  const lunar = LUNAR_DATES.find((l) => l.year === year);
  if (!lunar) {
    throw new RangeError(`no holiday data for ${year} (have ${HOLIDAY_YEARS.first}-${HOLIDAY_YEARS.last})`);
  }
  const statutory: PublicHoliday[] = [{ date: `${year}-01-01`, name: "Tết Dương lịch (New Year's Day)" }];
  const official = OFFICIAL_TET_BREAKS[year];
  const tetBreak: PublicHoliday[] = [];
  if (official) {
    for (let d = official.from; compareIsoDates(d, official.to) <= 0; d = addDays(d, 1)) {
      tetBreak.push({ date: d, name: 'Tết Nguyên đán (Lunar New Year, official break)' });
    }
  } else {
    statutory.push({ date: addDays(lunar.tet, -1), name: "Tết Nguyên đán (Lunar New Year's Eve)" });
    for (let i = 0; i < 4; i++) {
      statutory.push({ date: addDays(lunar.tet, i), name: `Tết Nguyên đán (Lunar New Year, day ${i + 1})` });
    }
  }
  statutory.push(
    { date: lunar.hungKings, name: "Giỗ Tổ Hùng Vương (Hùng Kings' Commemoration, 10/3 lunar)" },
    { date: `${year}-04-30`, name: 'Ngày Chiến thắng (Reunification Day, 30/4)' },
    { date: `${year}-05-01`, name: 'Ngày Quốc tế Lao động (International Labour Day, 1/5)' },
    { date: `${year}-09-02`, name: 'Quốc khánh (National Day, 2/9)' },
  );
  if (year >= 2021) {
    const nationalDayWeekday = isoWeekday(`${year}-09-02`);
    const adjacent = nationalDayWeekday === 1 || nationalDayWeekday === 4 ? `${year}-09-03` : `${year}-09-01`;
    statutory.push({ date: adjacent, name: 'Quốc khánh (National Day, adjacent day)' });
  }

  const swaps = OFFICIAL_DAY_SWAPS.filter((s) => s.dayOff.startsWith(`${year}-`));
  const bridges: PublicHoliday[] = swaps.map((s) => ({ date: s.dayOff, name: s.name }));
  const workedSaturdays: PublicHoliday[] = swaps.map((s) => ({
    date: s.workedOn,
    name: `Ngày làm bù (swapped working day, in exchange for the day off on ${s.dayOff})`,
    kind: 'working_day',
  }));
  // The compensatory day is the next working day (Art. 111(3)): asked of the calendar built so far.
  const calendar: PublicHoliday[] = [...statutory, ...tetBreak, ...bridges, ...workedSaturdays];
  const compensatory: PublicHoliday[] = [];
  for (const h of [...statutory].sort((a, b) => compareIsoDates(a.date, b.date))) {
    if (!isWeeklyRestDay(h.date)) continue;
    const isWorking = workingDayTest([...calendar, ...compensatory]);
    let d = addDays(h.date, 1);
    while (!isWorking(d)) d = addDays(d, 1);
    compensatory.push({ date: d, name: `Nghỉ bù (compensatory day off for ${h.name})` });
  }

  // One entry a day; the days off come first, so a day off listed twice keeps its first name.
  const byDate = new Map<string, PublicHoliday>();
  for (const h of [...statutory, ...tetBreak, ...bridges, ...compensatory, ...workedSaturdays]) {
    if (!byDate.has(h.date)) byDate.set(h.date, h);
  }
  return [...byDate.values()].sort((a, b) => compareIsoDates(a.date, b.date));
}

/** Every year of the seed, 2020-2031, in date order: days off without `kind`, swapped working days with it. */
export const VIETNAM_PUBLIC_HOLIDAYS: readonly PublicHoliday[] = Array.from(
  { length: HOLIDAY_YEARS.last - HOLIDAY_YEARS.first + 1 },
  (_, i) => vietnamPublicHolidays(HOLIDAY_YEARS.first + i),
).flat();
