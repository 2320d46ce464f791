import { describe, expect, it } from 'vitest';
import type { UnitView } from '../api/rotation-types';
import { vi as vietnamese } from '../i18n/vi';
import {
  emptyPlanDraft,
  planProblemsFromApi,
  planProblemText,
  planTermYears,
  suggestedTerms,
  toStartPlanRequest,
  validatePlan,
  type PlanDraft,
} from './plan-form-logic';

const UNIT = { code: 'DH-QA', name: 'Xã Quảng An' } as UnitView;
const body = { summonedIds: ['U-BT-01', 'U-PBT-01'], secretaryId: 'U-PBT-01', headId: 'U-BT-01' };
const filled = (over: Partial<PlanDraft> = {}): PlanDraft => ({
  unit: UNIT,
  term: '2025-2030',
  hrIds: [],
  keyCadre: body,
  collective: body,
  signerId: 'U-CT-01',
  ...over,
});

describe('the start form of a plan', () => {
  it('takes a term of exactly five years', () => {
    expect(planTermYears('2025-2030')).toEqual({ from: 2025, to: 2030 });
    expect(planTermYears('2030-2035')).toEqual({ from: 2030, to: 2035 });
    expect(planTermYears('2025-2031')).toBeUndefined();
    expect(planTermYears('2025/2030')).toBeUndefined();
    expect(validatePlan(filled({ term: '2025-2029' }))).toEqual({ term: [{ kind: 'term' }] });
    expect(planProblemText({ kind: 'term' }, vietnamese)).toContain('năm năm');
  });

  it('suggests the running term and the next', () => {
    expect(suggestedTerms(new Date('2026-05-01T00:00:00Z'))).toEqual(['2025-2030', '2030-2035']);
    expect(suggestedTerms(new Date('2030-01-01T00:00:00Z'))).toEqual(['2030-2035', '2035-2040']);
  });

  it('names every missing field at once', () => {
    expect(Object.keys(validatePlan(emptyPlanDraft())).sort()).toEqual([
      'collective.headId',
      'collective.secretaryId',
      'collective.summonedIds',
      'keyCadre.headId',
      'keyCadre.secretaryId',
      'keyCadre.summonedIds',
      'signerId',
      'term',
      'unitCode',
    ]);
    expect(validatePlan(filled())).toEqual({});
  });

  it('sends the unit’s code, the term and the parties, the HR officers only when named', () => {
    expect(toStartPlanRequest(filled({ term: ' 2025-2030 ' }))).toEqual({
      unitCode: 'DH-QA',
      term: '2025-2030',
      keyCadre: body,
      collective: body,
      signerId: 'U-CT-01',
    });
    expect(toStartPlanRequest(filled({ hrIds: ['U-HR-02'] })).hrIds).toEqual(['U-HR-02']);
  });

  it('puts the API’s field problems on the lists they belong to', () => {
    expect(
      planProblemsFromApi([
        { field: 'hrIds[1]', problem: 'names no active user' },
        { field: 'keyCadre.summonedIds[0]', problem: 'names no active user' },
        { field: 'term', problem: 'must be five years' },
      ]),
    ).toMatchObject({
      hrIds: [{ kind: 'api', text: 'names no active user' }],
      'keyCadre.summonedIds': [{ kind: 'api', text: 'names no active user' }],
      term: [{ kind: 'api', text: 'must be five years' }],
    });
  });
});
