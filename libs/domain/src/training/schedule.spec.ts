import type { TrainingClassInput } from '@personnel/contracts';
import { trainingSessionInstants } from './schedule';

const input = (timing: TrainingClassInput['timing']): TrainingClassInput => ({
  classCode: 'CT05-2022-08',
  courseCode: 'CT05',
  title: 'Lớp Chỉ thị 05',
  startDate: '2022-08-15',
  endDate: '2022-08-19',
  place: 'Trung tâm Chính trị huyện',
  unitCode: 'DH',
  capacity: 40,
  organiserId: 'U-HR-01',
  proposedAt: '2022-08-01T02:00:00.000Z',
  timing,
});

describe('trainingSessionInstants', () => {
  it('opens at 07:00 of the start date and closes at 17:00 of the end date, Vietnam time', () => {
    expect(trainingSessionInstants(input({}))).toEqual({
      opensAt: '2022-08-15T00:00:00.000Z',
      closesAt: '2022-08-19T10:00:00.000Z',
    });
  });

  it('takes the tests’ offsets from the opening when given', () => {
    expect(
      trainingSessionInstants(input({ sessionStartsAfterMs: 1000, sessionClosesAfterMs: 5000 })),
    ).toEqual({
      opensAt: '2022-08-01T02:00:01.000Z',
      closesAt: '2022-08-01T02:00:05.000Z',
    });
  });
});
