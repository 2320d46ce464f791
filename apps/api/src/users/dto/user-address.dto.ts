import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, ValidateBy, ValidateIf } from 'class-validator';
import { EMAIL_MAX_LENGTH, EMAIL_LOCAL_MAX_LENGTH, normaliseEmailAddress } from '@personnel/contracts';
import { QueryBoolean } from '../../registry/common/validators';
import { UserSearchQueryDto } from './user-search.dto';

const EMAIL_PROBLEM = {
  syntax: '$property must be an e-mail address such as name@sonoivu.gov.vn',
  notText: '$property must be an e-mail address, or null to remove it',
  too_long: `$property must be at most ${EMAIL_MAX_LENGTH} characters, ${EMAIL_LOCAL_MAX_LENGTH} before the @`,
} as const;

/** An address the product may mail (libs/domain normaliseEmailAddress), already normalised. */
const IsEmailAddress = () =>
  ValidateBy(
    {
      name: 'isEmailAddress',
      validator: {
        validate: (value) => typeof value === 'string' && normaliseEmailAddress(value).ok,
        defaultMessage: (args) => {
          const check = typeof args?.value === 'string' ? normaliseEmailAddress(args.value) : undefined;
          return check && !check.ok ? EMAIL_PROBLEM[check.problem] : EMAIL_PROBLEM.notText;
        },
      },
    },
    { context: { code: 'not_email', params: { max: EMAIL_MAX_LENGTH, localMax: EMAIL_LOCAL_MAX_LENGTH } } },
  );

/** Stored as the rule writes it: trimmed, the domain lower-cased (left as sent when it is not one). */
const normalised = () =>
  Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const check = normaliseEmailAddress(value);
    return check.ok ? check.address : value;
  });

export class SetUserEmailDto {
  @ApiProperty({
    type: String,
    nullable: true,
    maxLength: EMAIL_MAX_LENGTH,
    example: 'nguyen.van.a@sonoivu.gov.vn',
    description: 'The address task mail goes to (the domain is stored lower-cased); null removes it',
  })
  // Null clears; anything else (absent included) must be an address.
  @ValidateIf((_object, value) => value !== null)
  @normalised()
  @IsEmailAddress()
  email!: string | null;
}

export class ListUserAddressesDto extends UserSearchQueryDto(100) {
  @ApiPropertyOptional({ description: 'Only users without an address (no task mail reaches them)' })
  @IsOptional()
  @QueryBoolean()
  missing?: boolean;
}
