import { vietnamDate } from '../procedure/due-dates';

/**
 * Dates as NĐ 30/2020/NĐ-CP writes them: "ngày 02 tháng 12 năm 2026" — a day below 10 and the months
 * 1 and 2 take a leading zero, other months none ("ngày 15 tháng 3 năm 2026").
 */
export function dateInWords(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** "Đầm Hà, ngày 02 tháng 12 năm 2026"; without a date (a draft) "Đầm Hà, ngày … tháng … năm …". */
export function placeAndDate(place: string, isoDate: string | null): string {
  return `${place}, ${isoDate ? dateInWords(isoDate) : 'ngày … tháng … năm …'}`;
}

/** dd/mm/yyyy, as tables and body text show a date. */
export function shortDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

/** The civil day in Vietnam (UTC+7) of an instant; a plain date stays itself. */
export function dayOf(instantOrDate: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(instantOrDate) ? instantOrDate : vietnamDate(instantOrDate);
}
