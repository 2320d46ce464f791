/**
 * Source data for Vietnam's public holidays (ngày nghỉ lễ, tết), 2020-2031. Kept as data: Tết and the
 * Hùng Kings' day follow the lunar calendar, and the Government fixes the actual days off each year.
 */

export const HOLIDAY_YEARS = { first: 2020, last: 2031 } as const;

/**
 * Lunar dates by the Vietnamese calendar (UTC+7; Hồ Ngọc Đức's astronomical algorithm). `tet` is the
 * first day of the lunar year (mùng 1 Tết); the eve is the day before. `hungKings` is 10/3 lunar.
 * Note 2030: Tết is 2 Feb in Vietnam, one day before the Chinese new year (UTC+8).
 */
export const LUNAR_DATES: readonly { year: number; tet: string; hungKings: string }[] = [
  { year: 2020, tet: '2020-01-25', hungKings: '2020-04-02' },
  { year: 2021, tet: '2021-02-12', hungKings: '2021-04-21' },
  { year: 2022, tet: '2022-02-01', hungKings: '2022-04-10' },
  { year: 2023, tet: '2023-01-22', hungKings: '2023-04-29' },
  { year: 2024, tet: '2024-02-10', hungKings: '2024-04-18' },
  { year: 2025, tet: '2025-01-29', hungKings: '2025-04-07' },
  { year: 2026, tet: '2026-02-17', hungKings: '2026-04-26' },
  { year: 2027, tet: '2027-02-06', hungKings: '2027-04-16' },
  { year: 2028, tet: '2028-01-26', hungKings: '2028-04-04' },
  { year: 2029, tet: '2029-02-13', hungKings: '2029-04-23' },
  { year: 2030, tet: '2030-02-02', hungKings: '2030-04-12' },
  { year: 2031, tet: '2031-01-23', hungKings: '2031-04-01' },
];

/**
 * Official Tết breaks for civil servants as announced (first and last day off, weekends included), from
 * press reports of the Ministry of Home Affairs' notices. Years not listed take the statutory rule:
 * lunar new year's eve through the 4th day of Tết, plus compensatory days (see vietnam-holidays.ts).
 */
export const OFFICIAL_TET_BREAKS: Readonly<Record<number, { from: string; to: string; note?: string }>> = {
  2020: { from: '2020-01-23', to: '2020-01-29' },
  2021: { from: '2021-02-10', to: '2021-02-16' },
  2022: { from: '2022-01-29', to: '2022-02-06' },
  2023: { from: '2023-01-20', to: '2023-01-26' },
  2024: { from: '2024-02-08', to: '2024-02-14' },
  2025: {
    from: '2025-01-25',
    to: '2025-02-02',
    note: '5 days of Tết and the 4 weekend days around them: no day swapped (Công văn 8726/VPCP-KGVX, 26/11/2024)',
  },
  2026: { from: '2026-02-14', to: '2026-02-22' },
};

/**
 * Working days the Government swapped for civil servants (hoán đổi ngày làm việc): `dayOff`, a weekday
 * between a holiday and a weekend, is given off and `workedOn`, a Saturday, is worked instead (ngày làm
 * bù). Both halves are calendar entries: the weekday a day off, the Saturday a working day. Only swaps
 * the Government decided are listed, each with the document that did, as the press reported it.
 */
export const OFFICIAL_DAY_SWAPS: readonly {
  dayOff: string;
  /** The day off's name in the calendar (as first seeded, when only that half could be expressed). */
  name: string;
  workedOn: string;
  source: string;
}[] = [
  {
    dayOff: '2024-04-29',
    name: 'Bridge day off before 30/4 (swapped with Sat 2024-05-04, worked)',
    workedOn: '2024-05-04',
    source:
      'Công văn 2450/VPCP-KGVX of 12/4/2024: the Prime Minister agreed to the swap, 5 days off from Sat 27/4 ' +
      'to Wed 1/5 (Báo Tin tức, TTXVN)',
  },
  {
    dayOff: '2025-05-02',
    name: 'Bridge day off after 1/5 (swapped with Sat 2025-04-26, worked)',
    workedOn: '2025-04-26',
    source:
      'Công văn 8726/VPCP-KGVX of 26/11/2024 on the holidays of 2025: 5 days off from Wed 30/4 to Sun 4/5 ' +
      '(TTXVN/VietnamPlus: "hoán đổi ngày làm việc từ thứ Sáu ngày 2/5/2025 sang thứ Bảy ngày 26/4/2025")',
  },
];
