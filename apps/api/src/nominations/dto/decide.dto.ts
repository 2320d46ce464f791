import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { DECISION_VERDICTS, type DecisionVerdict } from '@personnel/contracts';

export class DecideDto {
  @ApiProperty({ enum: DECISION_VERDICTS })
  @IsIn(DECISION_VERDICTS as DecisionVerdict[], {
    message: `$property must be one of: ${DECISION_VERDICTS.join(', ')}`,
  })
  decision!: DecisionVerdict;

  @ApiPropertyOptional({ example: 'Đủ tiêu chuẩn, đồng ý.', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class DecisionResponseDto {
  @ApiProperty({ example: true })
  accepted!: true;

  @ApiProperty({ enum: ['pending', 'approved', 'rejected'] })
  state!: string;

  @ApiProperty({ nullable: true, type: String })
  nextApproverId!: string | null;
}

export class WithdrawDto {
  @ApiProperty({ example: 'Cán bộ xin rút khỏi quy trình vì lý do sức khỏe.', maxLength: 2000 })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason!: string;
}
