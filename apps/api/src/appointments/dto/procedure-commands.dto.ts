import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate } from '../../registry/common/validators';
import { ConferenceBodyDto, DocumentIds, OptionalBody, TrimmedText } from '../../procedures/dto/fields';

export const MAX_REASON = 2000;

export class ReasonDto {
  @TrimmedText({
    example: 'Cán bộ có năng lực nổi trội, đơn vị cần gấp, đã báo cáo Ban Thường vụ.',
    max: MAX_REASON,
  })
  reason!: string;
}

/** The most a reason to convene a conference again, or to change its members, may say. */
export const MAX_RECONVENE_REASON = 1000;
export const MAX_CHANGE_BODIES_REASON = 1000;

/** ReconveneRequest: why the step is convened again. */
export class ReconveneDto {
  @TrimmedText({
    example: 'Hội nghị không đủ số lượng tham dự; triệu tập lại vào tuần sau.',
    max: MAX_RECONVENE_REASON,
  })
  reason!: string;
}

/** ChangeBodiesRequest: the bodies that sit from now on (at least one), with the reason. */
export class ChangeBodiesDto {
  @OptionalBody('The leadership collective')
  collective?: ConferenceBodyDto;

  @OptionalBody('Local candidates: the expanded conference')
  expandedConference?: ConferenceBodyDto;

  @OptionalBody('Local candidates: the key-cadre conference')
  keyCadreConference?: ConferenceBodyDto;

  @OptionalBody("Outside candidate: the home unit's key cadres")
  homeUnitConference?: ConferenceBodyDto;

  @TrimmedText({ example: 'Đồng chí U-M3 nghỉ hưu; Ban Thường vụ khóa mới.', max: MAX_CHANGE_BODIES_REASON })
  reason!: string;
}

export class ResubmitDto {
  @TrimmedText({ example: 'Đã bổ sung giấy khám sức khỏe.', max: MAX_REASON })
  comment!: string;

  @DocumentIds()
  documentIds?: string[];
}

/** The fewest and the most characters of a self-assessment's summary (the workflow asks at least 20). */
export const MIN_SELF_ASSESSMENT_SUMMARY = 20;
export const MAX_SELF_ASSESSMENT_SUMMARY = 4000;

/** SelfAssessmentRequest: the holder's account of the term, with documents already uploaded. */
export class SelfAssessmentDto {
  @TrimmedText({
    example: 'Hoàn thành tốt nhiệm vụ trong nhiệm kỳ; chỉ tiêu kinh tế - xã hội của xã đều đạt và vượt.',
    min: MIN_SELF_ASSESSMENT_SUMMARY,
    max: MAX_SELF_ASSESSMENT_SUMMARY,
  })
  summary!: string;

  @DocumentIds()
  documentIds?: string[];
}

export class IssueDecisionDto {
  @TrimmedText({ example: '125/QĐ-UBND', max: 100 })
  number!: string;

  @ApiProperty({ example: '2025-12-01' })
  @IsCalendarDate()
  effectiveDate!: string;
}
