import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

/** Documents already uploaded (POST /api/v1/documents), added to a running procedure's dossier. */
export class AddDossierDocumentsDto {
  @ApiProperty({ type: [String], example: ['0b5c3f7e-2b7a-4d7e-9a57-2f1a8f5c9d10'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'each value in $property must be a document id (UUID)' })
  documentIds!: string[];
}

/** A leader's reasoned exception to an incomplete dossier (at least 20 characters, as for eligibility). */
export class DossierExceptionDto {
  @ApiProperty({ example: 'Giấy khám sức khỏe sẽ nộp bổ sung trước hội nghị cán bộ chủ chốt' })
  @IsString()
  @MinLength(20)
  @MaxLength(2000)
  reason!: string;
}
