import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString } from 'class-validator';
import {
  DECISION_KINDS,
  LEGAL_BASES,
  type DecisionKind,
  type EligibilityResult,
  type LegalBasis,
  type RuleCheck,
} from '@personnel/contracts';
import { IsCalendarDate, IsCode } from '../common/validators';

const oneOf = (values: readonly string[]) => ({ message: `$property must be one of: ${values.join(', ')}` });

export class EligibilityQuestionDto {
  @ApiProperty({ example: 'CB-0001', description: 'Cadre code or uuid' })
  @IsString()
  @IsCode()
  cadreId!: string;

  @ApiProperty({ example: 'QA-CT-UBND', description: 'Post code or uuid' })
  @IsString()
  @IsCode()
  postId!: string;

  @ApiProperty({ enum: DECISION_KINDS })
  @IsIn(DECISION_KINDS as DecisionKind[], oneOf(DECISION_KINDS))
  kind!: DecisionKind;

  @ApiPropertyOptional({
    example: '2026-03-02',
    description:
      'Day the rules are applied (e.g. the dossier is complete). Default: today in Asia/Ho_Chi_Minh',
  })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;

  @ApiPropertyOptional({ enum: LEGAL_BASES, description: 'Default: chosen by kind and date' })
  @IsOptional()
  @IsIn(LEGAL_BASES as LegalBasis[], oneOf(LEGAL_BASES))
  legalBasis?: LegalBasis;

  @ApiPropertyOptional({
    description: 'A rotation made to satisfy the non-local rule (needs only one term of service left)',
  })
  @IsOptional()
  @IsBoolean()
  servesNonLocalRule?: boolean;
}

class RuleCheckDto implements RuleCheck {
  @ApiProperty({ example: 'appointment_age' }) rule!: string;
  @ApiProperty() passed!: boolean;
  @ApiProperty({ example: '74 months to retirement on 2026-03-02; at least 60 required' }) detail!: string;
  @ApiProperty({ example: 'HD 06-HD/BTCTW' }) citation!: string;
  @ApiProperty({
    type: 'object',
    // null: a rule's parameter that does not apply (e.g. no discipline to cool off from).
    additionalProperties: {
      oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }],
      nullable: true,
    },
    example: { minMonthsToRetirement: 60 },
  })
  parameters!: Record<string, string | number | boolean | null>;
}

export class EligibilityResultDto implements EligibilityResult {
  @ApiProperty() eligible!: boolean;
  @ApiProperty({ enum: LEGAL_BASES }) legalBasis!: LegalBasis;
  @ApiProperty({ example: '2026-03-02' }) asOf!: string;
  @ApiProperty({
    type: [RuleCheckDto],
    description: 'Every rule applied, passed or not, in explanation order',
  })
  checks!: RuleCheckDto[];
}
