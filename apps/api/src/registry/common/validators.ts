import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsBoolean, Matches, ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';
import { CODE_PATTERN } from '@personnel/contracts';
import { todayInVietnam } from './today';

export const CODE_MESSAGE =
  '$property must be 1-64 letters, digits, ".", "_" or "-", starting with a letter or digit';

/** A registry code (unit, post, cadre, course, locality); its field problem is `not_code`. */
export const IsCode = (options: ValidationOptions = {}) =>
  Matches(CODE_PATTERN, { message: CODE_MESSAGE, context: { code: 'not_code' }, ...options });

/** Validates only when the field is present; an explicit null is refused (PATCH of a NOT NULL column). */
export const IfPresent = () => ValidateIf((_object, value) => value !== undefined);

function calendarDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && y <= 2200 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** An existing calendar day written YYYY-MM-DD (1900-2200). */
export const IsCalendarDate = (options: ValidationOptions = {}) =>
  ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: calendarDate,
        defaultMessage: () => '$property must be a calendar date written YYYY-MM-DD',
      },
    },
    options,
  );

/** A calendar day no later than today in Vietnam (birth, discipline, completion dates). */
export const IsPastDate = (options: ValidationOptions = {}) =>
  ValidateBy(
    {
      name: 'isPastDate',
      validator: {
        validate: (value) => calendarDate(value) && (value as string) <= todayInVietnam(),
        defaultMessage: () => '$property must be a calendar date written YYYY-MM-DD, not after today',
      },
    },
    options,
  );

/** A boolean query parameter: `true` or `false`. */
export const QueryBoolean = () =>
  applyDecorators(
    Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)),
    IsBoolean({ message: '$property must be true or false' }),
  );

/** The year, in Vietnam, of today. */
export function currentYear(): number {
  return Number(todayInVietnam().slice(0, 4));
}
