import type { DocumentFacts } from '@personnel/contracts';
import { base, CADRES } from './document-fixture-district';
import { child, conferenceJournal, restartSteps, step } from './document-fixture-journal';

export { FIXTURE_NAMES } from './document-fixture-district';

/**
 * Fixed facts for the documents' tests (golden texts, the API's issue test): an appointment to a state
 * post, a rotation, a plan and a confidence vote of the Đầm Hà district, each with the journal rows
 * its workflow writes. Test data only.
 */

/** An appointment of CB001 as Chủ tịch UBND xã Quảng An, signed on 02/12/2026 (Vietnam time). */
export function appointmentFacts(options: { signed?: boolean; n?: number } = {}): DocumentFacts {
  restartSteps();
  const id = `appointment/QA-CT/${options.n ?? 1}`;
  const steps = [
    step('proposed', 'hr.tuan', '2026-11-02T02:00:00.000Z', {
      candidateIds: ['CB001', 'CB002'],
      postId: 'QA-CT',
      source: 'local',
      legalBasis: 'QD377-2025',
      signerId: 'chu.tich',
      documents: [{ id: 'd1' }, { id: 'd2' }],
    }),
    step('eligibility_checked', 'system', '2026-11-02T02:00:01.000Z', {}),
    step('conference_convened', 'thu.ky', '2026-11-10T02:00:00.000Z', {
      index: 0,
      step: 'collective_votes',
      conferenceId: `${id}/conference/0`,
      candidates: ['CB001', 'CB002'],
    }),
    step('conference_closed', 'thu.ky', '2026-11-10T04:30:00.000Z', {
      index: 0,
      step: 'collective_votes',
      outcome: 'passed',
      forward: ['CB001'],
      summoned: 5,
      attending: 4,
      ballotsCast: 4,
      votes: [
        { candidateId: 'CB001', votes: 4 },
        { candidateId: 'CB002', votes: 1 },
      ],
      sheetSha256: 'a3f1c2e4b5d60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90',
    }),
    step('sign_off_opened', 'system', '2026-11-10T04:30:01.000Z', { round: 1, appointee: 'CB001' }),
  ];
  if (options.signed !== false)
    steps.push(
      step('appointed', 'chu.tich', '2026-12-02T03:15:00.000Z', {
        number: '123/QĐ-UBND',
        signerId: 'chu.tich',
        effectiveDate: '2026-12-15',
        signedAt: '2026-12-02T03:15:00.000Z',
        termLastDay: '2031-12-14',
        appointee: 'CB001',
        assignmentId: 'a1',
      }),
    );
  return {
    ...base,
    workflowId: id,
    procedureKind: 'appointment',
    legalBasis: 'QD377-2025',
    unit: { code: 'DH-QA', name: 'Xã Quảng An' },
    steps,
    conferences: [
      {
        index: 0,
        steps: conferenceJournal(
          ['CB001', 'CB002'],
          [4, 1],
          '2026-11-10T02:00:00.000Z',
          '2026-11-10T04:30:00.000Z',
        ),
      },
    ],
    cadres: CADRES,
  };
}

/** A rotation of CB002 to Phó Chủ tịch UBND xã Tân Bình for 36 months, decided, then ended (kept). */
export function rotationFacts(): DocumentFacts {
  restartSteps();
  const decision = {
    number: '45/QĐ-UBND',
    signerId: 'chu.tich',
    effectiveDate: '2026-01-05',
    signedAt: '2025-12-29T08:00:00.000Z',
  };
  return {
    ...base,
    workflowId: 'rotation/CB002/1',
    procedureKind: 'rotation',
    legalBasis: 'QD65-2022',
    unit: { code: 'DH-TB', name: 'Xã Tân Bình' },
    steps: [
      step('proposed', 'hr.tuan', '2025-12-01T01:00:00.000Z', {
        cadreId: 'CB002',
        fromPostId: 'QA-PCT',
        toUnitCode: 'DH-TB',
        toPostId: 'TB-PCT',
        reason: 'Đào tạo, rèn luyện cán bộ trẻ trong quy hoạch',
        months: 36,
        legalBasis: 'QD65-2022',
      }),
      step('sign_off_opened', 'system', '2025-12-10T01:00:00.000Z', { round: 1 }),
      step('decided', 'chu.tich', '2025-12-29T08:00:00.000Z', {
        ...decision,
        assignmentId: 'a2',
        replaced: null,
        lastDay: '2029-01-04',
      }),
      step('end_of_term_due', 'system', '2028-10-01T01:00:00.000Z', { lastDay: '2029-01-04', months: 3 }),
      step('rotation_ended', 'chu.tich', '2029-01-02T02:00:00.000Z', {
        choice: 'keep',
        postId: 'TB-PCT',
        decision: {
          number: '7/QĐ-UBND',
          signerId: 'chu.tich',
          effectiveDate: '2029-01-05',
          signedAt: '2029-01-02T02:00:00.000Z',
        },
        early: false,
        reason: null,
        assignmentId: 'a3',
      }),
    ],
    conferences: [],
    cadres: CADRES,
  };
}

/** The district's plan for 2025-2030: two entries, a key-cadre conference, approved and published. */
export function planFacts(): DocumentFacts {
  restartSteps();
  return {
    ...base,
    workflowId: 'plan/DH/2025-2030',
    procedureKind: 'plan',
    legalBasis: 'QD377-2025',
    unit: { code: 'DH', name: 'Huyện Đầm Hà' },
    steps: [
      step('proposed', 'hr.tuan', '2026-01-05T01:00:00.000Z', { term: '2025-2030' }),
      step('candidate_added', 'hr.tuan', '2026-01-06T01:00:00.000Z', {
        postCode: 'QA-CT',
        cadreId: 'CB001',
        reason: null,
      }),
      step('candidate_added', 'hr.tuan', '2026-01-06T01:05:00.000Z', {
        postCode: 'QA-BT',
        cadreId: 'CB002',
        reason: null,
      }),
      step('conference_convened', 'thu.ky', '2026-01-20T02:00:00.000Z', {
        index: 0,
        step: 'key_cadre_conference',
        conferenceId: 'plan/DH/2025-2030/conference/0',
        candidates: ['CB001', 'CB002'],
      }),
      step('conference_closed', 'thu.ky', '2026-01-20T04:00:00.000Z', {
        index: 0,
        step: 'key_cadre_conference',
        outcome: 'passed',
        forward: ['CB001', 'CB002'],
      }),
      step('approval_requested', 'system', '2026-01-21T01:00:00.000Z', { round: 1 }),
      step('approved', 'bi.thu', '2026-02-03T02:00:00.000Z', {
        number: '12-NQ/HU',
        signerId: 'bi.thu',
        effectiveDate: '2026-02-03',
        signedAt: '2026-02-03T02:00:00.000Z',
      }),
      step('published', 'bi.thu', '2026-02-03T02:00:01.000Z', {
        number: '12-NQ/HU',
        effectiveDate: '2026-02-03',
        added: [
          { postCode: 'QA-CT', cadreId: 'CB001' },
          { postCode: 'QA-BT', cadreId: 'CB002' },
        ],
        removed: [],
      }),
    ],
    conferences: [
      {
        index: 0,
        steps: conferenceJournal(
          ['CB001', 'CB002'],
          [4, 3],
          '2026-01-20T02:00:00.000Z',
          '2026-01-20T04:00:00.000Z',
        ),
      },
    ],
    cadres: CADRES,
  };
}

/** A confidence vote of 2026 on the two holders of Quảng An, counted. */
export function confidenceFacts(): DocumentFacts {
  restartSteps();
  const summoned = ['U-M1', 'U-M2', 'U-M3', 'U-M4', 'U-M5'];
  const confidence = [
    { candidateId: 'CB001', high: 3, confidence: 1, low: 0, outcome: 'retained' },
    { candidateId: 'CB003', high: 0, confidence: 1, low: 3, outcome: 'out_of_planning' },
  ];
  return {
    ...base,
    workflowId: 'confidence_vote/DH-QA/2026',
    procedureKind: 'confidence_vote',
    legalBasis: 'QD377-2025',
    unit: { code: 'DH-QA', name: 'Xã Quảng An' },
    steps: [
      step('proposed', 'hr.tuan', '2026-10-01T01:00:00.000Z', {
        unitCode: 'DH-QA',
        year: 2026,
        holders: [
          { cadreId: 'CB001', postId: 'QA-PCT' },
          { cadreId: 'CB003', postId: 'QA-CT' },
        ],
      }),
      step('conference_convened', 'thu.ky', '2026-10-15T02:00:00.000Z', {
        index: 0,
        step: 'key_cadre_conference',
        conferenceId: 'confidence_vote/DH-QA/2026/conference/0',
        candidates: ['CB001', 'CB003'],
      }),
      step('conference_closed', 'thu.ky', '2026-10-15T04:00:00.000Z', {
        index: 0,
        step: 'key_cadre_conference',
        outcome: 'passed',
        forward: ['CB001'],
        confidence,
      }),
    ],
    conferences: [
      {
        index: 0,
        steps: [
          child(
            'convened',
            'thu.ky',
            '2026-10-15T02:00:00.000Z',
            { kind: 'key_cadre', ballot: 'confidence', summoned, candidates: ['CB001', 'CB003'] },
            0,
          ),
          child(
            'attendance',
            'thu.ky',
            '2026-10-15T02:10:00.000Z',
            { present: ['U-M1', 'U-M2', 'U-M3', 'U-M4'], attending: 4, summoned: 5, quorumMet: true },
            1,
          ),
          child(
            'tally',
            'thu.ky',
            '2026-10-15T03:30:00.000Z',
            {
              ballot: 'confidence',
              ballotsCast: 4,
              confidence,
              sheetSha256: 'b'.repeat(64),
              forward: ['CB001'],
            },
            2,
          ),
          child('closed', 'thu.ky', '2026-10-15T04:00:00.000Z', { outcome: 'passed', forward: ['CB001'] }, 3),
        ],
      },
    ],
    cadres: CADRES,
  };
}
