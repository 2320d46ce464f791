import type { TrainingClassStatus } from '../api/training-types';
import type { UnitView } from '../api/rotation-types';

/** Test fixtures of the training screens (not shipped: only specs import them). */
export const UNITS = [
  { code: 'DH-QA', name: 'Xã Quảng An' },
  { code: 'DH-TB', name: 'Xã Tân Bình' },
] as unknown as UnitView[];

export function classStatus(patch: Partial<TrainingClassStatus> = {}): TrainingClassStatus {
  return {
    classCode: 'CT05-2022-08',
    courseCode: 'CT05',
    title: 'Lớp Chỉ thị 05',
    startDate: '2022-08-15',
    endDate: '2022-08-19',
    place: 'Trung tâm Chính trị',
    unitCode: 'DH',
    capacity: null,
    organiserId: 'U-HR-01',
    enrolments: [],
    attendance: [],
    results: [],
    completedOn: null,
    completion: null,
    cancelled: null,
    state: 'in_progress',
    stage: 'opened',
    tasks: [],
    lastSkipped: [],
    ...patch,
  };
}

export const enrolment = (cadreId: string) => ({
  cadreId,
  unitCode: 'DH-QA',
  source: { kind: 'unit' as const, unitCode: 'DH-QA' },
  enrolledBy: 'U-HR-01',
  enrolledAt: '2022-08-01T01:00:00.000Z',
  withdrawn: null,
});
