import { type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import type { FieldProblemDetail } from '@personnel/contracts';
import { badRequest } from './validation.pipe';

/** JSON nested deeper than this is refused: no request of the API nests more than a few levels. */
export const MAX_JSON_DEPTH = 32;

/** The field holding a NUL character (in its text or one of its keys), coded for the user's language. */
const nul = (field: string): FieldProblemDetail => ({
  field,
  problem: 'must not contain a NUL character',
  code: 'nul_character',
  params: {},
});

/**
 * What no field of any request may hold, refused before validation with a 400 naming the field: a NUL
 * character in a text (Postgres refuses it in `text`, which used to answer 500), and nesting deeper than
 * MAX_JSON_DEPTH (class-validator's recursion used to overflow the stack). The walk is iterative, so
 * the check itself never recurses.
 */
export class HostileInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const root = metadata.type === 'body' ? (typeof value === 'string' ? 'body' : '') : (metadata.data ?? '');
    const problem = hostileIn(value, root);
    if (problem) throw badRequest([problem]);
    return value;
  }
}

export function hostileIn(value: unknown, root: string): FieldProblemDetail | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: root, depth: 0 }];
  while (stack.length > 0) {
    const { value: v, path, depth } = stack.pop() as (typeof stack)[number];
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return nul(path || 'body');
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= MAX_JSON_DEPTH)
      return {
        field: path || 'body',
        problem: `is nested deeper than ${MAX_JSON_DEPTH} levels`,
        code: 'nested_too_deep',
        params: { max: MAX_JSON_DEPTH },
      };
    if (Array.isArray(v))
      v.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]`, depth: depth + 1 }));
    else
      for (const [key, item] of Object.entries(v)) {
        if (key.includes('\u0000')) return nul(path || 'body');
        stack.push({ value: item, path: path ? `${path}.${key}` : key, depth: depth + 1 });
      }
  }
  return undefined;
}
