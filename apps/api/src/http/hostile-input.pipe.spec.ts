import { BadRequestException } from '@nestjs/common';
import { HostileInputPipe, hostileIn, MAX_JSON_DEPTH } from './hostile-input.pipe';

describe('hostile input', () => {
  it('names the field holding a NUL character, in a body, a query and a raw text body', () => {
    expect(hostileIn({ keyCadre: { summonedIds: ['U-1', 'U-\u00002'] } }, '')).toEqual({
      field: 'keyCadre.summonedIds[1]',
      problem: 'must not contain a NUL character',
      code: 'nul_character',
      params: {},
    });
    expect(hostileIn({ q: 'Quảng\u0000' }, '')).toMatchObject({ field: 'q' });
    expect(hostileIn('code,name\nCB-1,An\u0000', 'body')).toMatchObject({ field: 'body' });
    expect(hostileIn({ ok: 'Quảng An', n: 3, list: [null, true] }, '')).toBeUndefined();
  });

  it('refuses nesting deeper than the limit without recursing, and accepts it at the limit', () => {
    const nest = (levels: number) => {
      let value: unknown = 'leaf';
      for (let i = 0; i < levels; i++) value = { a: value };
      return value;
    };
    expect(hostileIn(nest(MAX_JSON_DEPTH), '')).toBeUndefined();
    expect(hostileIn(nest(MAX_JSON_DEPTH + 1), '')).toMatchObject({
      problem: `is nested deeper than ${MAX_JSON_DEPTH} levels`,
      code: 'nested_too_deep',
      params: { max: MAX_JSON_DEPTH },
    });
    expect(hostileIn(nest(100_000), '')).toMatchObject({ problem: expect.stringContaining('nested deeper') });
  });

  it('answers 400 from the pipe and leaves custom arguments alone', () => {
    const pipe = new HostileInputPipe();
    expect(() => pipe.transform({ title: 'x\u0000' }, { type: 'body' })).toThrow(BadRequestException);
    expect(pipe.transform({ title: 'x\u0000' }, { type: 'custom' })).toEqual({ title: 'x\u0000' });
    expect(() => pipe.transform('a\u0000', { type: 'param', data: 'id' })).toThrow(BadRequestException);
  });
});
