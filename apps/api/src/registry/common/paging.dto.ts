import { type Type as ClassType } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { LIST_TOTAL_CAP } from '@personnel/contracts';
import { badRequest } from '../../http/validation.pipe';

/**
 * The largest offset a list takes: far past any page of the registry, and well inside Postgres's bigint
 * (a larger number used to reach the query and answer 500).
 */
export const MAX_OFFSET = 1_000_000_000;
/** Versions are Postgres integers (int4): a larger one can never match a row. */
export const MAX_VERSION = 2_147_483_647;

/** limit / offset of every list (the answer carries the total). */
export class PageQueryDto {
  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20;

  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: MAX_OFFSET })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_OFFSET)
  offset = 0;
}

/** `q`: a code prefix, or part of the name with or without diacritics. */
export class SearchPageQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description:
      'Code prefix, or part of the name with or without diacritics ("quang lam" finds "Quảng Lâm")',
    maxLength: 200,
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

/** The optimistic-concurrency token every PATCH carries. */
export class VersionedDto {
  @ApiProperty({
    example: 1,
    description: 'The version you read; a stale one is refused with 409 (reload and apply your change again)',
  })
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version!: number;
}

/** `{items, total, limit, offset}` of ItemDto, as a named schema for OpenAPI. */
export function PageDto<T>(item: ClassType<T>, name: string) {
  class Page {
    @ApiProperty({ type: [item] })
    items!: T[];

    @ApiProperty({ example: 1 })
    total!: number;

    @ApiProperty({ example: 20 })
    limit!: number;

    @ApiProperty({ example: 0 })
    offset!: number;
  }
  Object.defineProperty(Page, 'name', { value: name });
  return Page;
}

/**
 * `{items, total, totalCapped, limit, offset, nextCursor}` of ItemDto (contracts CursorPage): a list long
 * enough to be walked by key, and counted only up to LIST_TOTAL_CAP.
 */
export function CursorPageDto<T>(item: ClassType<T>, name: string) {
  class CursorPage extends PageDto(item, `${name}Base`) {
    @ApiProperty({
      example: false,
      description: `true when the count stopped at ${LIST_TOTAL_CAP}: total is then ${LIST_TOTAL_CAP} and means "more than ${LIST_TOTAL_CAP}"`,
    })
    totalCapped!: boolean;

    @ApiProperty({
      type: String,
      nullable: true,
      description:
        'Opaque key of the last row: send it as `after` for the next page (stable across inserts); null on the last page',
    })
    nextCursor!: string | null;
  }
  Object.defineProperty(CursorPage, 'name', { value: name });
  return CursorPage;
}

/** Changes of a PATCH body (everything but `version`), or a 400 when it names no field to change. */
export function changesOf<T extends VersionedDto>(body: T): Omit<T, 'version'> {
  const { version: _version, ...rest } = body;
  const changes = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  if (Object.keys(changes).length === 0)
    throw badRequest([
      {
        field: 'body',
        problem: 'names no field to change besides version',
        code: 'nothing_to_change',
        params: {},
      },
    ]);
  return changes as Omit<T, 'version'>;
}
