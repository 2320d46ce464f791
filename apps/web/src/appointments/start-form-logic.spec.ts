import {
  SIGN_OFF_KEY_PATTERN as CONTRACT_KEY_PATTERN,
  CODE_PATTERN as CONTRACT_CODE,
} from '@personnel/contracts';
import { describe, expect, it } from 'vitest';
import {
  appointmentProblemsFromApi,
  CODE_PATTERN,
  emptyDraft,
  SIGN_OFF_KEY_PATTERN,
  stepKeyFrom,
  toStartRequest,
  uniqueStepKey,
  validateAppointment,
  type AppointmentDraft,
} from './start-form-logic';

const body = (summoned: string[], secretary = 'U-TCNV-01', head = 'U-BT-01') => ({
  summonedIds: summoned,
  secretaryId: secretary,
  headId: head,
});

function valid(): AppointmentDraft {
  return {
    ...emptyDraft(['CB-0001', 'CB-0002'], 'DH-QA-CT-UBND'),
    bodies: {
      collective: body(['U-BT-01', 'U-PBT-01', 'U-TCNV-01']),
      expandedConference: body(['U-BT-01', 'U-PBT-01', 'U-TCNV-01']),
      keyCadreConference: body(['U-BT-01', 'U-PBT-01']),
    },
    signOff: [{ key: 'org-office', label: 'Cơ quan Tổ chức - Nội vụ thẩm định', assigneeIds: ['U-TCNV-01'] }],
    signerId: 'U-BT-01',
  };
}

describe('the start-appointment form rules', () => {
  it('copies the API patterns exactly', () => {
    expect(CODE_PATTERN.source).toBe(CONTRACT_CODE.source);
    expect(SIGN_OFF_KEY_PATTERN.source).toBe(CONTRACT_KEY_PATTERN.source);
  });

  it('accepts a complete local procedure and builds the request the API takes', () => {
    expect(validateAppointment(valid(), 'U-HR-01')).toEqual({});
    const request = toStartRequest({ ...valid(), documentIds: ['doc-1'] });
    expect(request.expandedConference).toBeDefined();
    expect(request.homeUnitConference).toBeUndefined();
    expect(request.documentIds).toEqual(['doc-1']);
    expect(request.signOff?.[0]?.key).toBe('org-office');
    expect(request.standingBodyIds).toBeUndefined();
  });

  it('takes one outside candidate, at most three local ones, no duplicate', () => {
    const outside = {
      ...valid(),
      source: 'outside' as const,
      bodies: { collective: body(['U-BT-01']), homeUnitConference: body(['U-PBT-01']) },
    };
    expect(validateAppointment(outside, 'U-HR-01').candidateIds).toEqual([{ kind: 'oneOutside' }]);
    const four = { ...valid(), candidateIds: ['CB-1', 'CB-2', 'CB-3', 'CB-4'] };
    expect(validateAppointment(four, 'U-HR-01').candidateIds).toEqual([{ kind: 'atMostLocal', max: 3 }]);
    const twice = { ...valid(), candidateIds: ['CB-1', 'CB-1'] };
    expect(validateAppointment(twice, 'U-HR-01')['candidateIds[1]']).toEqual([
      { kind: 'duplicate', code: 'CB-1' },
    ]);
    expect(validateAppointment({ ...valid(), candidateIds: [] }, 'U-HR-01').candidateIds).toEqual([
      { kind: 'atLeastOne' },
    ]);
  });

  it('needs the conference bodies of the source, without the nominee or the proposer voting', () => {
    const missing = { ...valid(), bodies: { collective: body(['U-BT-01', 'CB-0001', 'U-HR-01']) } };
    const problems = validateAppointment(missing, 'U-HR-01');
    expect(problems['collective.summonedIds']).toEqual([
      { kind: 'candidateVotes', code: 'CB-0001' },
      { kind: 'proposerVotes' },
    ]);
    expect(problems['expandedConference.summonedIds']).toEqual([{ kind: 'atLeastOne' }]);
    expect(problems['keyCadreConference.secretaryId']).toEqual([{ kind: 'required' }]);
    expect(problems['homeUnitConference.summonedIds']).toBeUndefined();
  });

  it('checks the sign-off chain and the signer', () => {
    const draft = {
      ...valid(),
      signOff: [
        { key: 'Org Office', label: '', assigneeIds: [] },
        { key: 'a', label: 'A', assigneeIds: ['U-HR-01'] },
        { key: 'a', label: 'B', assigneeIds: ['U-BT-01'] },
      ],
      signerId: 'U-HR-01',
    };
    const problems = validateAppointment(draft, 'U-HR-01');
    // Step keys are not shown to HR: what is wrong with one is said on the step's name.
    expect(problems['signOff[0].key']).toBeUndefined();
    expect(problems['signOff[0].label']).toEqual([{ kind: 'required' }]);
    expect(problems['signOff[0].assigneeIds']).toEqual([{ kind: 'atLeastOne' }]);
    expect(problems['signOff[1].assigneeIds']).toEqual([{ kind: 'proposerVotes' }]);
    expect(problems['signOff[2].label']).toEqual([{ kind: 'duplicate', code: 'B' }]);
    expect(problems.signerId).toEqual([{ kind: 'proposerVotes' }]);
    expect(validateAppointment({ ...valid(), signOff: [] }, 'U-HR-01').signOff).toEqual([
      { kind: 'atLeastOne' },
    ]);
  });

  it("puts the API's 400 details on their fields", () => {
    expect(
      appointmentProblemsFromApi([
        { field: 'signerId', problem: 'U-X is not a user' },
        { field: '', problem: 'odd' },
        { field: 'signOff[1].key', problem: 'repeats the key of signOff[0]' },
        { field: 'standingBodyIds.expandedConference', problem: 'names a retired standing body' },
      ]),
    ).toMatchObject({
      signerId: [{ kind: 'api', text: 'U-X is not a user' }],
      form: [{ kind: 'api', text: 'odd' }],
      'signOff[1].label': [{ kind: 'api', text: 'repeats the key of signOff[0]' }],
      expandedConference: [{ kind: 'api', text: 'names a retired standing body' }],
    });
  });

  it('sends a standing body left as picked by its id, and an adjusted one member by member', () => {
    const draft: AppointmentDraft = {
      ...valid(),
      bodySources: {
        collective: { bodyId: 'b-btv', adjusted: false },
        expandedConference: { bodyId: 'b-mr', adjusted: true },
      },
    };
    const request = toStartRequest(draft);
    expect(request.standingBodyIds).toEqual({ collective: 'b-btv' });
    expect(request.collective).toBeUndefined();
    expect(request.expandedConference).toEqual(valid().bodies.expandedConference);
    expect(request.keyCadreConference).toEqual(valid().bodies.keyCadreConference);
  });

  it('keeps the hidden step keys of a chain unique', () => {
    const steps = [{ key: 'tham-dinh', label: 'Thẩm định', assigneeIds: [] }];
    expect(uniqueStepKey('Thẩm định', 1, [...steps, { key: '', label: '', assigneeIds: [] }])).toBe(
      'tham-dinh-2',
    );
    expect(uniqueStepKey('Thẩm định', 0, steps)).toBe('tham-dinh');
  });

  it('makes a step key from a Vietnamese label', () => {
    expect(stepKeyFrom('Cơ quan Tổ chức - Nội vụ thẩm định', 0)).toBe('co-quan-to-chuc-noi-vu-tham-dinh');
    expect(stepKeyFrom('Đảng ủy', 0)).toBe('dang-uy');
    expect(stepKeyFrom('***', 2)).toBe('step-3');
  });
});
