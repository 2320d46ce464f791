export * from './iso-date';
export * from './months';
export * from './retirement';
export * from './working-days';
export * from './vietnam-holidays';
export { HOLIDAY_YEARS, LUNAR_DATES, OFFICIAL_TET_BREAKS, OFFICIAL_DAY_SWAPS } from './vietnam-holidays.data';
