import { BadRequestException } from '@nestjs/common';
import { IsArray, IsString, Matches, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { createValidationPipe, fieldProblems } from './validation.pipe';

class Inner {
  @IsString()
  code!: string;
}

class Outer {
  @Matches(/^[A-Z]+$/)
  name!: string;

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
      details: { field: string; problem: string }[];
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
    expect(response.details).toEqual([{ field: 'role', problem: 'property role should not exist' }]);
  });

  it('flattens an empty error list to no problems', () => {
    expect(fieldProblems([])).toEqual([]);
  });
});
