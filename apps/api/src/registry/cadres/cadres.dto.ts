import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import {
  CADRE_STATUSES,
  EDUCATION_LEVELS,
  GENDERS,
  POLITICAL_THEORY_LEVELS,
  STATE_MANAGEMENT_LEVELS,
  type CadreStatus,
  type EducationLevel,
  type Gender,
  type PoliticalTheoryLevel,
  type StateManagementLevel,
} from '@personnel/contracts';
import { PageQueryDto, VersionedDto } from '../common/paging.dto';
import { IfPresent, IsCode, IsPastDate } from '../common/validators';

const oneOf = (values: readonly string[]) => ({ message: `$property must be one of: ${values.join(', ')}` });
const NAME = /\p{L}/u;
const LEFT_STATUSES = CADRE_STATUSES.filter((s) => s !== 'active') as Exclude<CadreStatus, 'active'>[];

/** Filters of the cadre list and of the CSV export. */
export class CadreFilterDto {
  @ApiPropertyOptional({
    description: 'Code prefix, or part of the full name with or without diacritics ("nguyen van an")',
    maxLength: 200,
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: CADRE_STATUSES })
  @IsOptional()
  @IsIn(CADRE_STATUSES as CadreStatus[], oneOf(CADRE_STATUSES))
  status?: CadreStatus;

  @ApiPropertyOptional({ description: "Unit of the cadre's current assignment", example: 'DH-QA' })
  @IsOptional()
  @IsCode()
  unitCode?: string;

  @ApiPropertyOptional({ description: "Post of the cadre's current assignment", example: 'QA-CT-UBND' })
  @IsOptional()
  @IsCode()
  postCode?: string;

  @ApiPropertyOptional({ enum: GENDERS })
  @IsOptional()
  @IsIn(GENDERS as Gender[], oneOf(GENDERS))
  gender?: Gender;

  @ApiPropertyOptional({ example: 'QN-DH-QA' })
  @IsOptional()
  @IsCode()
  hometownLocalityCode?: string;
}

export class ListCadresQueryDto extends IntersectionType(CadreFilterDto, PageQueryDto) {
  @ApiPropertyOptional({
    description:
      'nextCursor of the previous page: the page right after its last row (keyset; offset must then be 0). Deep pages are as cheap as the first',
    maxLength: 500,
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

export class CreateCadreDto {
  @ApiProperty({ example: 'CB-0001', description: 'Unique code; never changes once created' })
  @IsString()
  @IsCode()
  code!: string;

  @ApiProperty({ example: 'Nguyễn Văn An', maxLength: 200 })
  @IsString()
  @MaxLength(200)
  @Matches(NAME, { message: '$property must contain a letter' })
  fullName!: string;

  @ApiProperty({ enum: GENDERS })
  @IsIn(GENDERS as Gender[], oneOf(GENDERS))
  gender!: Gender;

  @ApiProperty({ example: '1980-05-17' })
  @IsPastDate()
  birthDate!: string;

  @ApiProperty({ example: 'QN-DH-QA', description: 'Locality the cadre comes from (quê quán)' })
  @IsString()
  @IsCode()
  hometownLocalityCode!: string;

  @ApiProperty({ example: 'Kinh', maxLength: 100 })
  @IsString()
  @MaxLength(100)
  @Matches(NAME, { message: '$property must contain a letter' })
  ethnicity!: string;

  @ApiProperty({ enum: EDUCATION_LEVELS })
  @IsIn(EDUCATION_LEVELS as EducationLevel[], oneOf(EDUCATION_LEVELS))
  education!: EducationLevel;

  @ApiProperty({ enum: POLITICAL_THEORY_LEVELS })
  @IsIn(POLITICAL_THEORY_LEVELS as PoliticalTheoryLevel[], oneOf(POLITICAL_THEORY_LEVELS))
  politicalTheory!: PoliticalTheoryLevel;

  @ApiProperty({ enum: STATE_MANAGEMENT_LEVELS })
  @IsIn(STATE_MANAGEMENT_LEVELS as StateManagementLevel[], oneOf(STATE_MANAGEMENT_LEVELS))
  stateManagement!: StateManagementLevel;

  @ApiProperty()
  @IsBoolean({ message: '$property must be true or false' })
  partyMember!: boolean;

  @ApiPropertyOptional({ enum: CADRE_STATUSES, default: 'active' })
  @IsOptional()
  @IsIn(CADRE_STATUSES as CadreStatus[], oneOf(CADRE_STATUSES))
  status?: CadreStatus;
}

export class UpdateCadreDto extends VersionedDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IfPresent()
  @IsString()
  @MaxLength(200)
  @Matches(NAME, { message: '$property must contain a letter' })
  fullName?: string;

  @ApiPropertyOptional({ enum: GENDERS })
  @IfPresent()
  @IsIn(GENDERS as Gender[], oneOf(GENDERS))
  gender?: Gender;

  @ApiPropertyOptional()
  @IfPresent()
  @IsPastDate()
  birthDate?: string;

  @ApiPropertyOptional()
  @IfPresent()
  @IsString()
  @IsCode()
  hometownLocalityCode?: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @IfPresent()
  @IsString()
  @MaxLength(100)
  @Matches(NAME, { message: '$property must contain a letter' })
  ethnicity?: string;

  @ApiPropertyOptional({ enum: EDUCATION_LEVELS })
  @IfPresent()
  @IsIn(EDUCATION_LEVELS as EducationLevel[], oneOf(EDUCATION_LEVELS))
  education?: EducationLevel;

  @ApiPropertyOptional({ enum: POLITICAL_THEORY_LEVELS })
  @IfPresent()
  @IsIn(POLITICAL_THEORY_LEVELS as PoliticalTheoryLevel[], oneOf(POLITICAL_THEORY_LEVELS))
  politicalTheory?: PoliticalTheoryLevel;

  @ApiPropertyOptional({ enum: STATE_MANAGEMENT_LEVELS })
  @IfPresent()
  @IsIn(STATE_MANAGEMENT_LEVELS as StateManagementLevel[], oneOf(STATE_MANAGEMENT_LEVELS))
  stateManagement?: StateManagementLevel;

  @ApiPropertyOptional()
  @IfPresent()
  @IsBoolean({ message: '$property must be true or false' })
  partyMember?: boolean;

  @ApiPropertyOptional({ enum: CADRE_STATUSES })
  @IfPresent()
  @IsIn(CADRE_STATUSES as CadreStatus[], oneOf(CADRE_STATUSES))
  status?: CadreStatus;
}

export class DeactivateCadreQueryDto {
  @ApiPropertyOptional({ enum: LEFT_STATUSES, default: 'left' })
  @IsOptional()
  @IsIn(LEFT_STATUSES, oneOf(LEFT_STATUSES))
  status: Exclude<CadreStatus, 'active'> = 'left';
}
