import { nonLocalHead } from './non-local';
import { BOTH_BASES, cadreWith, params, postWith, questionWith } from './test-fixtures';

describe.each(BOTH_BASES)('non_local_head under %s', (basis) => {
  it.each([
    ['a local cadre, post requires non-local', 'QUANG_AN', true, false],
    ['a non-local cadre, post requires non-local', 'TAN_BINH', true, true],
    ['a local cadre, post without the requirement', 'QUANG_AN', false, true],
  ])('%s: passed %s', (_case, hometown, requiresNonLocal, passed) => {
    const check = nonLocalHead(
      cadreWith({ hometownLocalityCode: hometown }),
      postWith({ unitLocalityCode: 'QUANG_AN', requiresNonLocal }),
      questionWith(),
      params(basis),
    );
    expect(check).toMatchObject({
      rule: 'non_local_head',
      passed,
      citation: 'Chỉ thị 45-CT/TW; the Đầm Hà practice',
      parameters: { requiresNonLocal, hometownLocalityCode: hometown, unitLocalityCode: 'QUANG_AN' },
    });
    if (requiresNonLocal) expect(check.detail).toContain(hometown);
  });
});
