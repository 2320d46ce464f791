import { classifyDependencyFailure } from './infrastructure-errors';

const error = (props: Record<string, unknown>, message = 'boom') => Object.assign(new Error(message), props);

describe('classifyDependencyFailure', () => {
  it.each([
    [
      'a gRPC UNAVAILABLE from Temporal',
      error({ name: 'ServiceError', code: 14 }),
      { dependency: 'temporal', timedOut: false },
    ],
    [
      'a gRPC DEADLINE_EXCEEDED',
      error({ name: 'ServiceError', code: 4 }),
      { dependency: 'temporal', timedOut: true },
    ],
    [
      'a Temporal error wrapped as the cause',
      error({ cause: error({ name: 'ServiceError', code: 14 }) }),
      { dependency: 'temporal', timedOut: false },
    ],
    [
      'a refused Postgres connection',
      error({ code: 'ECONNREFUSED' }),
      { dependency: 'postgres', timedOut: false },
    ],
    [
      'a query the client gave up on (query_timeout: a frozen server)',
      error({}, 'Query read timeout'),
      { dependency: 'postgres', timedOut: true },
    ],
    [
      'a statement the server cancelled at statement_timeout',
      error({ driverError: error({ code: '57014' }, 'canceling statement due to statement timeout') }),
      { dependency: 'postgres', timedOut: true },
    ],
    [
      'a TypeORM error around a connection failure',
      error({ driverError: error({ code: '57P01' }) }),
      { dependency: 'postgres', timedOut: false },
    ],
    [
      'a pool connect timeout',
      error({}, 'timeout exceeded when trying to connect'),
      { dependency: 'postgres', timedOut: false },
    ],
  ])('maps %s to 503', (_case, e, expected) => {
    expect(classifyDependencyFailure(e)).toEqual(expected);
  });

  it.each([
    ['a programming error', new TypeError('x is undefined')],
    ['a gRPC NOT_FOUND', error({ name: 'ServiceError', code: 5 })],
    ['a unique violation', error({ code: '23505' })],
    ['not an error at all', 'string'],
  ])('leaves %s alone (500 or its own mapping)', (_case, e) => {
    expect(classifyDependencyFailure(e)).toBeUndefined();
  });
});
