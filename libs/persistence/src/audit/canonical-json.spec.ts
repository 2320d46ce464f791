import { canonicalJson } from './canonical-json';
import { GENESIS_HASH, stepHash } from './step-hash';

describe('canonicalJson', () => {
  it('sorts keys at every depth, so key order never changes the encoding', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('drops undefined members and keeps Vietnamese text as is', () => {
    expect(canonicalJson({ comment: 'Đủ tiêu chuẩn', skipped: undefined })).toBe(
      '{"comment":"Đủ tiêu chuẩn"}',
    );
  });

  it('refuses what JSON cannot hold', () => {
    expect(() => canonicalJson(() => 1)).toThrow(/cannot encode function/);
  });
});

describe('stepHash', () => {
  const step = {
    workflowId: 'nomination/C/P/1',
    runId: 'r',
    stepKey: 'proposed',
    seq: 0,
    kind: 'proposed',
    actor: 'U-HR',
    payload: { approverIds: ['U-1'] },
    occurredAt: '2026-01-02T03:04:05.678Z',
    prevHash: GENESIS_HASH,
  };

  it('is a SHA-256 hex digest that changes with any field, the link included', () => {
    const base = stepHash(step);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    for (const change of [
      { actor: 'U-X' },
      { payload: { approverIds: ['U-2'] } },
      { seq: 1 },
      { prevHash: 'f'.repeat(64) },
    ]) {
      expect(stepHash({ ...step, ...change })).not.toBe(base);
    }
  });

  it('does not depend on how the timestamp is written', () => {
    expect(stepHash({ ...step, occurredAt: '2026-01-02T10:04:05.678+07:00' })).toBe(stepHash(step));
  });
});
