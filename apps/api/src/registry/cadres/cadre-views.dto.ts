import { ApiProperty } from '@nestjs/swagger';
import {
  ASSIGNMENT_KINDS,
  CADRE_STATUSES,
  DISCIPLINE_FORMS,
  EDUCATION_LEVELS,
  EVALUATION_RATINGS,
  GENDERS,
  POLITICAL_THEORY_LEVELS,
  STATE_MANAGEMENT_LEVELS,
  type AssignmentKind,
  type CadreStatus,
  type DisciplineForm,
  type EducationLevel,
  type EvaluationRating,
  type Gender,
  type PoliticalTheoryLevel,
  type StateManagementLevel,
} from '@personnel/contracts';
import type {
  AssignmentView,
  CadreDetail,
  CadreView,
  CurrentPostView,
  DisciplineView,
  EvaluationView,
  PlanningEntryView,
  TrainingCompletionView,
} from '@personnel/contracts';
import { CursorPageDto } from '../common/paging.dto';

/** Response shapes of the cadre endpoints, for OpenAPI. */
export class CurrentPostDto implements CurrentPostView {
  @ApiProperty({ format: 'uuid' }) assignmentId!: string;
  @ApiProperty({ enum: ASSIGNMENT_KINDS }) kind!: AssignmentKind;
  @ApiProperty({ example: 'QA-CT-UBND' }) postCode!: string;
  @ApiProperty({ example: 'Chủ tịch UBND xã Quảng An' }) postTitle!: string;
  @ApiProperty({ example: 'DH-QA' }) unitCode!: string;
  @ApiProperty({ example: 'Xã Quảng An' }) unitName!: string;
  @ApiProperty({ example: '2021-06-01' }) fromDate!: string;
}

export class CadreDto implements CadreView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'CB-0001' }) code!: string;
  @ApiProperty({ example: 'Nguyễn Văn An' }) fullName!: string;
  @ApiProperty({ enum: GENDERS }) gender!: Gender;
  @ApiProperty({ example: '1980-05-17' }) birthDate!: string;
  @ApiProperty({ example: 'QN-DH-QA' }) hometownLocalityCode!: string;
  @ApiProperty({ example: 'Kinh' }) ethnicity!: string;
  @ApiProperty({ enum: EDUCATION_LEVELS }) education!: EducationLevel;
  @ApiProperty({ enum: POLITICAL_THEORY_LEVELS }) politicalTheory!: PoliticalTheoryLevel;
  @ApiProperty({ enum: STATE_MANAGEMENT_LEVELS }) stateManagement!: StateManagementLevel;
  @ApiProperty() partyMember!: boolean;
  @ApiProperty({ enum: CADRE_STATUSES }) status!: CadreStatus;
  @ApiProperty({
    type: CurrentPostDto,
    nullable: true,
    description: 'Derived from the assignment without an end date; null when the cadre holds no post',
  })
  currentPost!: CurrentPostDto | null;
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class CadrePageDto extends CursorPageDto(CadreDto, 'CadrePage') {}

export class AssignmentDto implements AssignmentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ASSIGNMENT_KINDS }) kind!: AssignmentKind;
  @ApiProperty({ example: 'QA-CT-UBND' }) postCode!: string;
  @ApiProperty() postTitle!: string;
  @ApiProperty({ example: 'DH-QA' }) unitCode!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ example: '2021-06-01' }) fromDate!: string;
  @ApiProperty({ nullable: true, type: String, example: null }) toDate!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '123/QĐ-UBND' }) decisionRef!: string | null;
  @ApiProperty({ description: 'True for the assignment without an end: the current post' }) current!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class EvaluationDto implements EvaluationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 2025 }) year!: number;
  @ApiProperty({ enum: EVALUATION_RATINGS }) rating!: EvaluationRating;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class DisciplineDto implements DisciplineView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: DISCIPLINE_FORMS }) form!: DisciplineForm;
  @ApiProperty({ example: '2023-04-10' }) decidedAt!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class TrainingCompletionDto implements TrainingCompletionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'CT05' }) courseCode!: string;
  @ApiProperty() courseTitle!: string;
  @ApiProperty({ example: '2024-09-20' }) completedAt!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ nullable: true, type: String, example: 'training/CT05-2022-08' }) classId!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'GCN-05/2022-017' }) certificateNumber!:
    string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) certificateDocumentId!: string | null;
}

export class PlanningEntryDto implements PlanningEntryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'QA-CT-UBND' }) postCode!: string;
  @ApiProperty() postTitle!: string;
  @ApiProperty({ example: '2025-2030' }) term!: string;
  @ApiProperty({ example: '2025-03-01' }) fromDate!: string;
  @ApiProperty({ nullable: true, type: String, example: null }) toDate!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'plan/DH/2025-2030',
    description: 'The plan that published it',
  })
  planId!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Ban Thường vụ Huyện ủy' }) approvedBy!:
    string | null;
  @ApiProperty({ nullable: true, type: String, example: '15-QĐ/HU' }) decisionRef!: string | null;
  @ApiProperty({ nullable: true, type: String, example: null }) removedReason!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class CadreDetailDto extends CadreDto implements CadreDetail {
  @ApiProperty({ type: [AssignmentDto], description: 'Newest first' }) assignments!: AssignmentDto[];
  @ApiProperty({ type: [EvaluationDto], description: 'Newest year first' }) evaluations!: EvaluationDto[];
  @ApiProperty({ type: [DisciplineDto] }) disciplines!: DisciplineDto[];
  @ApiProperty({ type: [TrainingCompletionDto] }) trainingCompletions!: TrainingCompletionDto[];
  @ApiProperty({ type: [PlanningEntryDto] }) planningEntries!: PlanningEntryDto[];
}
