import { AS_OF, CADRE, POST, cadreWith, postWith } from '../rules/test-fixtures';
import { trainingGaps } from './training-gaps';

const OTHER = postWith({
  postCode: 'QA-BT-DU',
  standards: { ...POST.standards, requiredCourseCodes: ['CT05', 'QP-AN'], minPoliticalTheory: 'advanced' },
});

describe('trainingGaps', () => {
  it('lists nothing missing for a planned post whose standards the cadre meets', () => {
    expect(trainingGaps(CADRE, [POST], AS_OF)).toEqual([
      { postCode: 'QA-CT-UBND', term: '2025-2030', missingCourseCodes: [], unmet: [] },
    ]);
  });

  it('lists the required courses still missing with the rule and its citation', () => {
    const cadre = cadreWith({ completedCourseCodes: [] });
    const [gap] = trainingGaps(cadre, [POST], AS_OF);
    expect(gap.missingCourseCodes).toEqual(['CT05']);
    expect(gap.unmet).toHaveLength(1);
    expect(gap.unmet[0]).toMatchObject({ rule: 'required_training', passed: false });
    expect(gap.unmet[0].citation).toMatch(/tiêu chuẩn chức danh/);
  });

  it('gives each planned post its own gaps, other standards included', () => {
    const cadre = cadreWith({
      planning: [...CADRE.planning, { postCode: 'QA-BT-DU', term: '2025-2030', from: '2025-03-01' }],
    });
    const gaps = trainingGaps(cadre, [POST, OTHER], AS_OF);
    expect(gaps.map((g) => [g.postCode, g.missingCourseCodes, g.unmet.map((u) => u.rule)])).toEqual([
      ['QA-CT-UBND', [], []],
      ['QA-BT-DU', ['QP-AN'], ['political_theory_standard', 'required_training']],
    ]);
  });

  it.each([
    ['taken out of planning before the day', { to: '2025-12-31' }],
    ['planned only from a later day', { from: '2026-02-01' }],
  ])('leaves out a post the cadre is no longer or not yet planned for (%s)', (_what, patch) => {
    const cadre = cadreWith({ planning: [{ ...CADRE.planning[0], ...patch }] });
    expect(trainingGaps(cadre, [POST], AS_OF)).toEqual([]);
  });

  it('leaves out a planned post whose facts are unknown', () => {
    expect(trainingGaps(CADRE, [], AS_OF)).toEqual([]);
  });
});
