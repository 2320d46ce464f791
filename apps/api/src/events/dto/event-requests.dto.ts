import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { EVENT_TYPES, type EventType } from '@personnel/contracts';
import { oneOf } from '../../procedures/dto/fields';
import { IsCode } from '../../registry/common/validators';

/** A feed cursor: an outbox sequence, digits only ('0' = from the first event). */
const CURSOR = /^\d{1,18}$/;
const CURSOR_MESSAGE = {
  message: '$property must be a sequence: 1-18 digits, e.g. 0 or 1532',
  context: { code: 'not_sequence', params: { maxDigits: 18 } },
};

/** `types=a,b` or `types=a&types=b`: the event types to keep. */
const typeList = () =>
  Transform(({ value }: { value: unknown }) =>
    value === undefined
      ? undefined
      : (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).filter((v) => v !== ''),
  );

export class EventFeedQueryDto {
  @ApiPropertyOptional({
    description: 'Events after this sequence (the `sequence` of the last one you have; 0 = from the first)',
    default: '0',
    example: '0',
  })
  @IsOptional()
  @Matches(CURSOR, CURSOR_MESSAGE)
  after = '0';

  @ApiPropertyOptional({ default: 100, minimum: 1, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit = 100;

  @ApiPropertyOptional({
    description: 'Only these types, comma-separated',
    type: String,
    example: 'vn.personnel.decision.signed,vn.personnel.assignment.started',
  })
  @IsOptional()
  @typeList()
  @IsArray()
  @ArrayMaxSize(EVENT_TYPES.length)
  @IsIn(EVENT_TYPES as EventType[], { each: true, ...oneOf(EVENT_TYPES) })
  types?: EventType[];
}

export class EventStreamQueryDto {
  @ApiPropertyOptional({
    description: 'Events after this sequence; absent: the Last-Event-ID header, else only events from now on',
  })
  @IsOptional()
  @Matches(CURSOR, CURSOR_MESSAGE)
  after?: string;

  @ApiPropertyOptional({
    description:
      'Seconds the stream stays open (EventSource reconnects by itself with Last-Event-ID and loses nothing)',
    default: 25,
    minimum: 1,
    maximum: 25,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(25)
  maxSeconds = 25;

  @ApiPropertyOptional({ description: 'Only these types, comma-separated', type: String })
  @IsOptional()
  @typeList()
  @IsArray()
  @ArrayMaxSize(EVENT_TYPES.length)
  @IsIn(EVENT_TYPES as EventType[], { each: true, ...oneOf(EVENT_TYPES) })
  types?: EventType[];
}

const URL_OPTIONS = {
  protocols: ['http', 'https'],
  require_protocol: true,
  require_tld: false,
  allow_underscores: true,
};
const URL_MESSAGE = { message: '$property must be an http:// or https:// URL' };

class SubscriptionFields {
  @ApiPropertyOptional({ description: 'What the subscriber is (shown to administrators)', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  description?: string;

  @ApiPropertyOptional({
    description: 'Types delivered; empty or absent = every type',
    enum: EVENT_TYPES,
    isArray: true,
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(EVENT_TYPES.length)
  @IsIn(EVENT_TYPES as EventType[], { each: true, ...oneOf(EVENT_TYPES) })
  eventTypes?: EventType[];

  @ApiPropertyOptional({
    description:
      'Units whose subtrees the subscriber may learn about; empty or absent = the whole organisation',
    type: [String],
    example: ['DH'],
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(100)
  @IsCode({ each: true })
  unitCodes?: string[];
}

export class CreateSubscriptionDto extends SubscriptionFields {
  @ApiProperty({
    description: 'Where events are POSTed',
    example: 'https://payroll.example.vn/hooks/personnel',
  })
  @IsString()
  @MaxLength(2000)
  @IsUrl(URL_OPTIONS, URL_MESSAGE)
  url!: string;

  @ApiPropertyOptional({
    description: 'Deliver what comes after this sequence (0 = every event there is); absent: from now on',
  })
  @IsOptional()
  @Matches(CURSOR, CURSOR_MESSAGE)
  startAfter?: string;
}

export class UpdateSubscriptionDto extends SubscriptionFields {
  @ApiPropertyOptional({ description: 'Where events are POSTed' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @IsUrl(URL_OPTIONS, URL_MESSAGE)
  url?: string;
}

export class ReplayDto {
  @ApiProperty({
    description: 'Deliver again every event after this sequence (0 = from the first)',
    example: '0',
  })
  @Matches(CURSOR, CURSOR_MESSAGE)
  after!: string;
}

export class DeliveryLogQueryDto {
  @ApiPropertyOptional({ default: 100, minimum: 1, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit = 100;

  @ApiPropertyOptional({ enum: ['delivered', 'failed', 'timeout'] })
  @IsOptional()
  @IsIn(['delivered', 'failed', 'timeout'], oneOf(['delivered', 'failed', 'timeout']))
  status?: 'delivered' | 'failed' | 'timeout';
}
