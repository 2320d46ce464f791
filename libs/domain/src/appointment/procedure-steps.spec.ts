import type { AppointmentInput, ConferenceBody, ProcedureStepKind } from '@personnel/contracts';
import { PROCEDURE_STEP_KINDS } from '@personnel/contracts';
import {
  checkAppointmentInput,
  conferenceBodyFor,
  conferenceKindOf,
  procedureSteps,
  procedureStepsUnder,
} from './procedure-steps';

const body = (prefix: string): ConferenceBody => ({
  summonedIds: [`${prefix}-1`, `${prefix}-2`, `${prefix}-3`],
  secretaryId: `${prefix}-SEC`,
  headId: `${prefix}-1`,
});

const timing = {
  taskWorkingDays: 10,
  procedureWorkingDays: 30,
  reminderWorkingDays: 2,
  conferenceDeadlineMs: 86_400_000,
};

const local = (overrides: Partial<AppointmentInput> = {}): AppointmentInput => ({
  candidateIds: ['CB-0001', 'CB-0002'],
  postId: 'QA-CT-UBND',
  unitCode: 'QA',
  source: 'local',
  legalBasis: 'QD377-2025',
  proposedBy: 'U-HR',
  proposedAt: '2026-01-09T02:00:00.000Z',
  collective: body('COL'),
  expandedConference: body('EXP'),
  keyCadreConference: body('KEY'),
  signOffMode: 'sequential',
  signOff: [
    { key: 'org-office', label: 'Cơ quan Tổ chức - Nội vụ thẩm định', assigneeIds: ['U-TCNV-1', 'U-TCNV-2'] },
    { key: 'secretary', label: 'Bí thư cho ý kiến', assigneeIds: ['U-BT'], escalateToId: 'U-BT-2' },
  ],
  signerId: 'U-CT',
  documents: [],
  timing: { ...timing },
  ...overrides,
});

const outside = (overrides: Partial<AppointmentInput> = {}): AppointmentInput =>
  local({
    candidateIds: ['CB-0009'],
    source: 'outside',
    expandedConference: undefined,
    keyCadreConference: undefined,
    homeUnitConference: body('HOME'),
    ...overrides,
  });

const fields = (input: AppointmentInput): string[] => checkAppointmentInput(input).map((p) => p.field);
const problemAt = (input: AppointmentInput, field: string): string[] =>
  checkAppointmentInput(input)
    .filter((p) => p.field === field)
    .map((p) => p.problem);

describe('procedure steps', () => {
  it('a local candidate goes through the 5 collective steps of NĐ 138 Art. 46, in order', () => {
    expect(procedureSteps('local')).toEqual([
      'collective_proposes',
      'expanded_conference',
      'collective_selects',
      'key_cadre_conference',
      'collective_votes',
    ]);
  });

  it('an outside candidate goes through 3 steps: proposal, consultation of the home unit, the vote', () => {
    expect(procedureSteps('outside')).toEqual([
      'collective_proposes',
      'home_unit_consultation',
      'collective_votes',
    ]);
  });

  it('both procedures start with the collective proposing and end with the collective voting', () => {
    for (const source of ['local', 'outside'] as const) {
      const steps = procedureSteps(source);
      expect(steps[0]).toBe('collective_proposes');
      expect(steps[steps.length - 1]).toBe('collective_votes');
    }
  });

  it.each(['ND138-2020', 'QD50-2021', 'QD80-2022', 'QD65-2022', 'QD377-2025'] as const)(
    'the sequence is pinned with the legal basis: under %s it is 5 steps local, 3 outside',
    (basis) => {
      expect(procedureStepsUnder(basis, 'local')).toEqual(procedureSteps('local'));
      expect(procedureStepsUnder(basis, 'outside')).toEqual(procedureSteps('outside'));
      expect(procedureStepsUnder(basis, 'local')).toHaveLength(5);
      expect(procedureStepsUnder(basis, 'outside')).toHaveLength(3);
    },
  );

  it.each([
    ['collective_proposes', 'collective'],
    ['expanded_conference', 'expanded'],
    ['collective_selects', 'collective'],
    ['key_cadre_conference', 'key_cadre'],
    ['home_unit_consultation', 'key_cadre'],
    ['collective_votes', 'collective'],
  ] as const)('%s follows the %s conference rules', (step, kind) => {
    expect(conferenceKindOf(step)).toBe(kind);
  });

  it('gives every step kind a conference kind', () => {
    for (const step of PROCEDURE_STEP_KINDS) expect(conferenceKindOf(step)).toBeDefined();
  });
});

describe('conference body for a step', () => {
  const input = { ...local(), homeUnitConference: body('HOME') };

  it.each([
    ['collective_proposes', 'COL'],
    ['expanded_conference', 'EXP'],
    ['collective_selects', 'COL'],
    ['key_cadre_conference', 'KEY'],
    ['home_unit_consultation', 'HOME'],
    ['collective_votes', 'COL'],
  ] as [ProcedureStepKind, string][])('%s sits the %s body', (step, prefix) => {
    expect(conferenceBodyFor(input, step)).toEqual(body(prefix));
  });

  it('throws naming the step when the input has no body for it', () => {
    expect(() => conferenceBodyFor(outside(), 'expanded_conference')).toThrow(/expanded_conference/);
    expect(() => conferenceBodyFor(local(), 'home_unit_consultation')).toThrow(/home_unit_consultation/);
  });
});

describe('checking an appointment input', () => {
  it('accepts a complete local input with 1 to 3 candidates', () => {
    expect(checkAppointmentInput(local())).toEqual([]);
    expect(checkAppointmentInput(local({ candidateIds: ['CB-1'] }))).toEqual([]);
    expect(checkAppointmentInput(local({ candidateIds: ['CB-1', 'CB-2', 'CB-3'] }))).toEqual([]);
  });

  it('accepts a complete outside input and a parallel sign-off', () => {
    expect(checkAppointmentInput(outside())).toEqual([]);
    expect(checkAppointmentInput(local({ signOffMode: 'parallel' }))).toEqual([]);
  });

  it('accepts test timings and a zero reminder', () => {
    const t = {
      ...timing,
      reminderWorkingDays: 0,
      workingDayMs: 1000,
      termMs: 60_000,
      reappointmentNoticeMs: 5000,
    };
    expect(checkAppointmentInput(local({ timing: t }))).toEqual([]);
  });

  it('gives every problem a field and a non-empty reason', () => {
    const problems = checkAppointmentInput(local({ candidateIds: [], signOff: [], signerId: '' }));
    expect(problems.length).toBeGreaterThanOrEqual(3);
    for (const p of problems) {
      expect(p.field).toEqual(expect.any(String));
      expect(p.problem.length).toBeGreaterThan(0);
    }
  });

  describe('candidates', () => {
    it.each([
      ['no candidate', local({ candidateIds: [] }), /at least one/],
      ['a candidate listed twice', local({ candidateIds: ['CB-1', 'CB-1'] }), /twice/],
      ['4 local candidates', local({ candidateIds: ['CB-1', 'CB-2', 'CB-3', 'CB-4'] }), /at most 3/],
      ['2 outside candidates', outside({ candidateIds: ['CB-1', 'CB-2'] }), /exactly one/],
    ])('refuses %s on candidateIds', (_case, input, problem) => {
      expect(fields(input)).toEqual(['candidateIds']);
      expect(problemAt(input, 'candidateIds')).toEqual([expect.stringMatching(problem)]);
    });

    it('refuses missing candidateIds without throwing', () => {
      const input = local({ candidateIds: undefined as unknown as string[] });
      expect(fields(input)).toEqual(['candidateIds']);
    });
  });

  it('refuses a source other than local or outside', () => {
    const input = local({ source: 'abroad' as never });
    expect(fields(input)).toContain('source');
  });

  describe('conference bodies by source', () => {
    it.each([
      ['expandedConference', local({ expandedConference: undefined })],
      ['keyCadreConference', local({ keyCadreConference: undefined })],
      ['collective', local({ collective: undefined as unknown as ConferenceBody })],
    ])('a local procedure requires %s', (field, input) => {
      expect(fields(input)).toEqual([field]);
      expect(problemAt(input, field)).toEqual([expect.stringContaining('local')]);
    });

    it.each([
      ['homeUnitConference', outside({ homeUnitConference: undefined })],
      ['collective', outside({ collective: undefined as unknown as ConferenceBody })],
    ])('an outside procedure requires %s', (field, input) => {
      expect(fields(input)).toEqual([field]);
      expect(problemAt(input, field)).toEqual([expect.stringContaining('outside')]);
    });

    it('does not ask a local procedure for the home unit, nor an outside one for the local conferences', () => {
      expect(fields(local({ homeUnitConference: undefined }))).toEqual([]);
      expect(fields(outside({ expandedConference: undefined, keyCadreConference: undefined }))).toEqual([]);
    });

    it('does not check a body the procedure does not use', () => {
      const bad = { summonedIds: [], secretaryId: '', headId: '' };
      expect(fields(outside({ expandedConference: bad, keyCadreConference: bad }))).toEqual([]);
      expect(fields(local({ homeUnitConference: bad }))).toEqual([]);
    });

    it('names every missing body at once', () => {
      expect(fields(local({ expandedConference: undefined, keyCadreConference: undefined }))).toEqual([
        'expandedConference',
        'keyCadreConference',
      ]);
    });

    it.each([
      ['collective', local({ collective: { ...body('COL'), summonedIds: [] } })],
      ['expandedConference', local({ expandedConference: { ...body('EXP'), summonedIds: [] } })],
      ['keyCadreConference', local({ keyCadreConference: { ...body('KEY'), summonedIds: [] } })],
      ['homeUnitConference', outside({ homeUnitConference: { ...body('HOME'), summonedIds: [] } })],
    ])('refuses a %s with nobody summoned', (field, input) => {
      expect(fields(input)).toEqual([`${field}.summonedIds`]);
      expect(problemAt(input, `${field}.summonedIds`)).toEqual([expect.stringContaining('nobody')]);
    });

    it('refuses a body without its summoned list without throwing', () => {
      const input = local({
        keyCadreConference: { ...body('KEY'), summonedIds: undefined as unknown as string[] },
      });
      expect(fields(input)).toEqual(['keyCadreConference.summonedIds']);
    });

    it('refuses a member summoned twice', () => {
      const input = local({
        expandedConference: { ...body('EXP'), summonedIds: ['EXP-1', 'EXP-2', 'EXP-1'] },
      });
      expect(fields(input)).toEqual(['expandedConference.summonedIds']);
      expect(problemAt(input, 'expandedConference.summonedIds')).toEqual([expect.stringContaining('twice')]);
    });

    it.each([
      ['collective', local({ collective: { ...body('COL'), summonedIds: ['COL-1', 'U-HR'] } })],
      ['keyCadreConference', local({ keyCadreConference: { ...body('KEY'), summonedIds: ['U-HR'] } })],
      [
        'homeUnitConference',
        outside({ homeUnitConference: { ...body('HOME'), summonedIds: ['HOME-1', 'U-HR'] } }),
      ],
    ])('refuses the proposer summoned to the %s', (field, input) => {
      expect(fields(input)).toEqual([`${field}.summonedIds`]);
      expect(problemAt(input, `${field}.summonedIds`)).toEqual([expect.stringContaining('own case')]);
    });

    it.each(['secretaryId', 'headId'] as const)('requires the %s of each body', (key) => {
      const input = local({ expandedConference: { ...body('EXP'), [key]: '' } });
      expect(fields(input)).toEqual([`expandedConference.${key}`]);
    });
  });

  describe('sign-off chain', () => {
    const step = (key: string, assigneeIds: string[] = ['U-A']) => ({ key, label: key, assigneeIds });

    it('requires at least one sign-off step', () => {
      expect(fields(local({ signOff: [] }))).toEqual(['signOff']);
      expect(fields(local({ signOff: undefined as never }))).toEqual(['signOff']);
    });

    it.each([
      ['upper case', 'Org-Office'],
      ['a slash', 'r1/org'],
      ['a leading dash', '-org'],
      ['a space', 'org office'],
      ['empty', ''],
      ['41 characters', 'a'.repeat(41)],
    ])('refuses a key with %s, naming its index', (_case, key) => {
      const input = local({ signOff: [step('first'), step(key)] });
      expect(fields(input)).toEqual(['signOff[1].key']);
    });

    it('accepts a key of 40 lower-case letters, digits and dashes', () => {
      expect(fields(local({ signOff: [step('a'.repeat(40)), step('0-org-2')] }))).toEqual([]);
    });

    it('refuses a key used twice at the second use', () => {
      const input = local({ signOff: [step('org'), step('leader'), step('org')] });
      expect(fields(input)).toEqual(['signOff[2].key']);
      expect(problemAt(input, 'signOff[2].key')).toEqual([expect.stringContaining('twice')]);
    });

    it('requires an assignee in each step', () => {
      expect(fields(local({ signOff: [step('org'), step('leader', [])] }))).toEqual([
        'signOff[1].assigneeIds',
      ]);
    });

    it('refuses the proposer among the assignees of a step, personal or group', () => {
      expect(fields(local({ signOff: [step('org', ['U-HR'])] }))).toEqual(['signOff[0].assigneeIds']);
      const input = local({ signOff: [step('org'), step('leader', ['U-X', 'U-HR'])] });
      expect(fields(input)).toEqual(['signOff[1].assigneeIds']);
      expect(problemAt(input, 'signOff[1].assigneeIds')).toEqual([expect.stringContaining('own case')]);
    });

    it('refuses the proposer as the escalation target: escalation makes them an assignee', () => {
      const input = local({ signOff: [step('org'), { ...step('leader'), escalateToId: 'U-HR' }] });
      expect(fields(input)).toEqual(['signOff[1].escalateToId']);
      expect(problemAt(input, 'signOff[1].escalateToId')).toEqual([expect.stringContaining('own case')]);
    });
  });

  describe('signer', () => {
    it('is required', () => {
      expect(fields(local({ signerId: '' }))).toEqual(['signerId']);
    });

    it('may not be the proposer', () => {
      const input = local({ signerId: 'U-HR' });
      expect(fields(input)).toEqual(['signerId']);
      expect(problemAt(input, 'signerId')).toEqual([expect.stringContaining('own case')]);
    });
  });

  describe('timing', () => {
    it('is required', () => {
      expect(fields(local({ timing: undefined as never }))).toEqual(['timing']);
    });

    it.each([
      ['taskWorkingDays', 0],
      ['taskWorkingDays', 1.5],
      ['taskWorkingDays', -1],
      ['procedureWorkingDays', 0],
      ['procedureWorkingDays', Number.NaN],
      ['reminderWorkingDays', -1],
      ['reminderWorkingDays', 0.5],
      ['conferenceDeadlineMs', 0],
      ['conferenceDeadlineMs', -5],
      ['conferenceDeadlineMs', Number.NaN],
      ['workingDayMs', 0],
      ['workingDayMs', -1],
      ['termMs', 0],
      ['reappointmentNoticeMs', -1],
    ])('refuses %s = %p', (key, value) => {
      expect(fields(local({ timing: { ...timing, [key]: value } }))).toEqual([`timing.${key}`]);
    });

    it('refuses missing working-day counts', () => {
      const t = { conferenceDeadlineMs: 1000 } as AppointmentInput['timing'];
      expect(fields(local({ timing: t }))).toEqual([
        'timing.taskWorkingDays',
        'timing.procedureWorkingDays',
        'timing.reminderWorkingDays',
      ]);
    });

    it('accepts the smallest legal values', () => {
      const t = {
        taskWorkingDays: 1,
        procedureWorkingDays: 1,
        reminderWorkingDays: 0,
        conferenceDeadlineMs: 1,
      };
      expect(fields(local({ timing: t }))).toEqual([]);
    });
  });

  it('reports every problem of a bad input, not just the first', () => {
    const input = outside({
      candidateIds: ['CB-1', 'CB-2'],
      homeUnitConference: undefined,
      signOff: [{ key: 'Bad', label: 'x', assigneeIds: ['U-HR'] }],
      signerId: 'U-HR',
      timing: { ...timing, taskWorkingDays: 0 },
    });
    expect(fields(input)).toEqual([
      'candidateIds',
      'homeUnitConference',
      'signOff[0].key',
      'signOff[0].assigneeIds',
      'signerId',
      'timing.taskWorkingDays',
    ]);
  });
});
