import {
  initialTrainingClassDetail,
  type TrainingClassDetail,
  type TrainingClassInput,
} from '@personnel/contracts';
import { checkTrainingAttendance, checkTrainingResults } from './results';

const INPUT: TrainingClassInput = {
  classCode: 'CT05-2026-08',
  courseCode: 'CT05',
  title: 'Lớp Chỉ thị 05',
  startDate: '2026-08-10',
  endDate: '2026-08-14',
  place: 'Trung tâm Chính trị',
  unitCode: 'DH',
  capacity: null,
  organiserId: 'U-HR-01',
  proposedAt: '2026-08-01T01:00:00.000Z',
  timing: {},
};

function classWith(enrolled: string[], attendance: Record<string, boolean> = {}): TrainingClassDetail {
  const detail = initialTrainingClassDetail(INPUT);
  detail.enrolments = enrolled.map((cadreId) => ({
    cadreId,
    unitCode: 'DH-QA',
    source: { kind: 'cadre' as const },
    enrolledBy: 'U-HR-01',
    enrolledAt: INPUT.proposedAt,
    withdrawn: null,
  }));
  detail.attendance = Object.entries(attendance).map(([cadreId, attended]) => ({
    cadreId,
    attended,
    note: null,
    recordedBy: 'U-HR-01',
    recordedAt: INPUT.proposedAt,
  }));
  return detail;
}

const messageOf = (check: ReturnType<typeof checkTrainingResults>) => (check.ok ? 'ok' : check.message);

describe('checkTrainingAttendance', () => {
  const detail = classWith(['CB-1', 'CB-2']);
  it.each([
    [
      'every enrolled cadre',
      [
        { cadreId: 'CB-1', attended: true },
        { cadreId: 'CB-2', attended: false, note: 'ốm' },
      ],
      'ok',
    ],
    ['some of them', [{ cadreId: 'CB-2', attended: true }], 'ok'],
    ['nobody', [], 'entries: at least one'],
    [
      'a cadre not enrolled',
      [{ cadreId: 'CB-9', attended: true }],
      'entries[0].cadreId: CB-9 is not enrolled',
    ],
    [
      'a cadre twice',
      [
        { cadreId: 'CB-1', attended: true },
        { cadreId: 'CB-1', attended: false },
      ],
      'entries[1].cadreId: CB-1 is listed twice',
    ],
    ['a note too long', [{ cadreId: 'CB-1', attended: true, note: 'x'.repeat(501) }], 'entries[0].note'],
  ])('%s', (_what, entries, expected) => {
    expect(messageOf(checkTrainingAttendance(detail, entries))).toContain(expected);
  });
});

describe('checkTrainingResults', () => {
  const detail = classWith(['CB-1', 'CB-2', 'CB-3'], { 'CB-1': true, 'CB-2': true, 'CB-3': false });
  it.each([
    [
      'a pass with its number and a fail for the two who attended',
      [
        { cadreId: 'CB-1', passed: true, certificateNumber: 'GCN-001' },
        { cadreId: 'CB-2', passed: false },
      ],
      'ok',
    ],
    [
      'a result missing for one who attended',
      [{ cadreId: 'CB-1', passed: true, certificateNumber: 'A' }],
      'no result for CB-2',
    ],
    [
      'a result for an absent cadre',
      [{ cadreId: 'CB-3', passed: true, certificateNumber: 'A' }],
      'results[0].cadreId: CB-3 did not attend',
    ],
    [
      'a pass without its number',
      [
        { cadreId: 'CB-1', passed: true },
        { cadreId: 'CB-2', passed: false },
      ],
      'results[0].certificateNumber',
    ],
    [
      'one number twice',
      [
        { cadreId: 'CB-1', passed: true, certificateNumber: 'A' },
        { cadreId: 'CB-2', passed: true, certificateNumber: 'A' },
      ],
      'results[1].certificateNumber: A is given twice',
    ],
    [
      'a document id that is not one',
      [
        { cadreId: 'CB-1', passed: true, certificateNumber: 'A', certificateDocumentId: 'scan.pdf' },
        { cadreId: 'CB-2', passed: false },
      ],
      'results[0].certificateDocumentId',
    ],
  ])('%s', (_what, results, expected) => {
    expect(messageOf(checkTrainingResults(detail, results))).toContain(expected);
  });

  it('asks for the attendance of every enrolled cadre first', () => {
    const partly = classWith(['CB-1', 'CB-2'], { 'CB-1': true });
    expect(messageOf(checkTrainingResults(partly, [{ cadreId: 'CB-1', passed: false }]))).toContain(
      'record the attendance of CB-2 first',
    );
  });

  it('refuses to complete a class nobody is enrolled in', () => {
    expect(messageOf(checkTrainingResults(classWith([]), []))).toContain('cancel the class instead');
  });
});
