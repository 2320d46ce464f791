import { BadRequestException } from '@nestjs/common';
import {
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { IsCode } from '../registry/common/validators';
import { CreateCadreDto } from '../registry/cadres/cadres.dto';
import { createValidationPipe, fieldProblems } from './validation.pipe';

class Inner {
  @IsString()
  code!: string;
}

class Outer {
  @Matches(/^[A-Z]+$/)
  name!: string;

  @IsOptional() @IsIn(['head', 'member']) role_?: string;
  @IsOptional() @Min(3) count?: number;
  @IsOptional() @IsString() @MaxLength(5) note?: string;
  @IsOptional() @IsCode() unitCode?: string;
  @IsOptional() @IsArray() @ArrayMinSize(2) tags?: string[];

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => Inner)
  items!: Inner[];
}

async function problemsOf(body: unknown) {
  try {
    await createValidationPipe().transform(body, { type: 'body', metatype: Outer });
  } catch (error) {
    expect(error).toBeInstanceOf(BadRequestException);
    return (error as BadRequestException).getResponse() as {
      message: string;
      details: { field: string; problem: string; code?: string; params?: Record<string, unknown> }[];
    };
  }
  throw new Error('the body was accepted');
}

describe('validation errors name the field', () => {
  it('names top-level, nested and array fields by their path', async () => {
    const response = await problemsOf({ name: 'abc', items: [{ code: 'ok' }, { code: 7 }] });
    expect(response.details.map((d) => d.field)).toEqual(['name', 'items[1].code']);
    expect(response.message).toMatch(/^Invalid request: name must match/);
  });

  it('refuses an unknown field by name instead of dropping it', async () => {
    const response = await problemsOf({ name: 'ABC', items: [], role: 'admin' });
    expect(response.details).toEqual([
      { field: 'role', problem: 'property role should not exist', code: 'unknown_field', params: {} },
    ]);
  });

  it('codes each constraint, its arguments as params, and keeps class-validator’s English words', async () => {
    const response = await problemsOf({
      name: 'ABC',
      items: [],
      role_: 'boss',
      count: 1,
      note: 'too long',
      unitCode: '-x',
      tags: ['a'],
    });
    const byField = Object.fromEntries(response.details.map((d) => [d.field, d]));
    expect(byField.role_).toMatchObject({ code: 'not_one_of', params: { allowed: ['head', 'member'] } });
    expect(byField.count).toMatchObject({ code: 'too_small', params: { min: 3 } });
    expect(byField.note).toMatchObject({
      code: 'too_long',
      params: { max: 5 },
      problem: 'note must be shorter than or equal to 5 characters',
    });
    expect(byField.unitCode).toMatchObject({ code: 'not_code', params: {} });
    expect(byField.tags).toMatchObject({ code: 'too_few', params: { min: 2 } });
  });

  it('codes a nested field’s constraint and sends nothing of the object validated', async () => {
    const response = await problemsOf({ name: 'ABC', items: [{ code: 7 }] });
    expect(response.details).toEqual([
      { field: 'items[0].code', problem: 'code must be a string', code: 'not_string', params: {} },
    ]);
    expect(JSON.stringify(response)).not.toContain('target');
  });

  it('answers a 400 for a body that is a list of nulls, the bounds it cannot read left out (the fuzz found a 500)', async () => {
    let refused: unknown;
    await createValidationPipe()
      .transform([null, null], { type: 'body', metatype: CreateCadreDto })
      .catch((error: unknown) => (refused = error));
    expect(refused).toBeInstanceOf(BadRequestException);
    const details = (refused as BadRequestException).getResponse() as { details: { field: string }[] };
    expect(details.details.map((d) => d.field)).toEqual(expect.arrayContaining(['0', '1', 'gender']));
  });

  it('flattens an empty error list to no problems', () => {
    expect(fieldProblems([])).toEqual([]);
  });
});
