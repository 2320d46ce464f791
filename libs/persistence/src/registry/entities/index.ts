import { AssignmentEntity } from './assignment.entity';
import { CadreEntity } from './cadre.entity';
import { DisciplineEntity } from './discipline.entity';
import { EvaluationEntity } from './evaluation.entity';
import { PlanningEntryEntity } from './planning-entry.entity';
import { PostEntity } from './post.entity';
import { PublicHolidayEntity } from './public-holiday.entity';
import { TrainingCompletionEntity } from './training-completion.entity';
import { TrainingCourseEntity } from './training-course.entity';
import { UnitEntity } from './unit.entity';

export {
  AssignmentEntity,
  CadreEntity,
  DisciplineEntity,
  EvaluationEntity,
  PlanningEntryEntity,
  PostEntity,
  PublicHolidayEntity,
  TrainingCompletionEntity,
  TrainingCourseEntity,
  UnitEntity,
};

export const REGISTRY_ENTITIES = [
  UnitEntity,
  TrainingCourseEntity,
  PostEntity,
  CadreEntity,
  AssignmentEntity,
  EvaluationEntity,
  DisciplineEntity,
  TrainingCompletionEntity,
  PlanningEntryEntity,
  PublicHolidayEntity,
];
