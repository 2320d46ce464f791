import { CODE_PATTERN as CONTRACT_CODE_PATTERN } from '@personnel/contracts';
import { checkNominationProposal, MAX_APPROVERS as DOMAIN_MAX_APPROVERS } from '@personnel/domain';
import { describe, expect, it } from 'vitest';
import {
  checkNewApprover,
  CODE_PATTERN,
  hasProblems,
  MAX_APPROVERS,
  problemsFromApi,
  toRequest,
  validateNomination,
  type NominationDraft,
} from './nomination-form';

const draft = (over: Partial<NominationDraft> = {}): NominationDraft => ({
  cadreId: 'CB-0001',
  postId: 'DH-QA-CT-UBND',
  unitCode: 'DH-QA',
  approverIds: ['U-TCNV-01', 'U-BT-01'],
  ...over,
});
const kinds = (problems: ReturnType<typeof validateNomination>) =>
  Object.fromEntries(Object.entries(problems).map(([field, list]) => [field, list.map((p) => p.kind)]));

describe('start-nomination validation (as the API validates)', () => {
  it('uses the same code pattern and approver limit as the API (libs/contracts, libs/domain)', () => {
    expect(CODE_PATTERN.source).toBe(CONTRACT_CODE_PATTERN.source);
    expect(MAX_APPROVERS).toBe(DOMAIN_MAX_APPROVERS);
  });

  it('accepts a good proposal', () => {
    expect(hasProblems(validateNomination(draft(), 'U-HR-01'))).toBe(false);
    expect(hasProblems(validateNomination(draft({ unitCode: '' }), 'U-HR-01'))).toBe(false);
  });

  it('names every bad field at once', () => {
    expect(
      kinds(
        validateNomination(
          draft({ cadreId: '', postId: 'has space', unitCode: '-bad', approverIds: [] }),
          'U-HR-01',
        ),
      ),
    ).toEqual({ cadreId: ['required'], postId: ['code'], unitCode: ['code'], approverIds: ['atLeastOne'] });
  });

  it('refuses more than 20 approvers, duplicates, the nominee and the proposer', () => {
    const many = Array.from({ length: 21 }, (_, i) => `U-${i}`);
    expect(kinds(validateNomination(draft({ approverIds: many }), 'U-HR-01')).approverIds).toEqual([
      'atMost',
    ]);
    expect(
      kinds(
        validateNomination(
          draft({ approverIds: ['U-A', 'U-A', 'CB-0001', 'U-HR-01', 'bad code'] }),
          'U-HR-01',
        ),
      ),
    ).toEqual({
      'approverIds[1]': ['duplicate'],
      'approverIds[2]': ['nominee'],
      'approverIds[3]': ['proposer'],
      'approverIds[4]': ['code'],
    });
  });

  it('agrees with the API rule (checkNominationProposal) on whether a proposal is valid', () => {
    const cases: NominationDraft[] = [
      draft(),
      draft({ approverIds: [] }),
      draft({ approverIds: ['U-A', 'U-A'] }),
      draft({ approverIds: ['CB-0001'] }),
      draft({ approverIds: ['U-HR-01'] }),
      draft({ approverIds: Array.from({ length: 20 }, (_, i) => `U-${i}`) }),
      draft({ approverIds: Array.from({ length: 21 }, (_, i) => `U-${i}`) }),
      draft({ cadreId: 'x y' }),
      draft({ postId: '' }),
      draft({ approverIds: ['.dot-first'] }),
    ];
    for (const c of cases) {
      const api = checkNominationProposal({ ...c, proposedBy: 'U-HR-01' });
      expect({ c, invalid: hasProblems(validateNomination(c, 'U-HR-01')) }).toEqual({
        c,
        invalid: api.length > 0,
      });
    }
  });

  it('checks one approver as it is added', () => {
    const d = draft({ approverIds: ['U-TCNV-01'] });
    expect(checkNewApprover('  ', d, 'U-HR-01')).toEqual({ kind: 'required' });
    expect(checkNewApprover('U TCNV', d, 'U-HR-01')).toEqual({ kind: 'code' });
    expect(checkNewApprover('U-TCNV-01', d, 'U-HR-01')).toEqual({ kind: 'duplicate', code: 'U-TCNV-01' });
    expect(checkNewApprover('CB-0001', d, 'U-HR-01')).toEqual({ kind: 'nominee' });
    expect(checkNewApprover('U-HR-01', d, 'U-HR-01')).toEqual({ kind: 'proposer' });
    expect(checkNewApprover(' U-BT-01 ', d, 'U-HR-01')).toBeUndefined();
  });

  it("files the API's 400 details under their fields, unknown ones under the form", () => {
    expect(
      problemsFromApi([
        { field: 'postId', problem: 'postId must be 1-64 letters' },
        { field: 'approverIds[0]', problem: 'bad' },
        { field: 'proposedBy', problem: 'property proposedBy should not exist' },
      ]),
    ).toEqual({
      postId: [{ kind: 'api', text: 'postId must be 1-64 letters' }],
      'approverIds[0]': [{ kind: 'api', text: 'bad' }],
      form: [{ kind: 'api', text: 'proposedBy: property proposedBy should not exist' }],
    });
  });

  it('sends trimmed codes and leaves out an empty unit', () => {
    expect(toRequest(draft({ cadreId: ' CB-0001 ', unitCode: ' ', approverIds: [' U-A '] }))).toEqual({
      cadreId: 'CB-0001',
      postId: 'DH-QA-CT-UBND',
      approverIds: ['U-A'],
    });
  });
});
