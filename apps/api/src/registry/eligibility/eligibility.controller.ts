import {
  Body,
  Controller,
  HttpCode,
  Injectable,
  NotFoundException,
  Post,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthenticatedUser, EligibilityQuestion, EligibilityResult } from '@personnel/contracts';
import { evaluateEligibility } from '@personnel/domain';
import { CurrentUser } from '../../auth/auth.decorators';
import { badRequest } from '../../http/validation.pipe';
import { CadreAccess } from '../../procedures/cadre-access';
import { RegistryAuth } from '../common/registry-auth';
import { RegistryErrorsInterceptor } from '../common/registry-errors.interceptor';
import { RegistryProvider } from '../common/registry.provider';
import { todayInVietnam } from '../common/today';
import { EligibilityQuestionDto, EligibilityResultDto } from './eligibility.dto';

/** Loads the facts from the registry and asks the rules engine (libs/domain); no rule lives here. */
@Injectable()
export class EligibilityService {
  constructor(
    private readonly registry: RegistryProvider,
    private readonly cadres: CadreAccess,
  ) {}

  async evaluate(
    user: AuthenticatedUser,
    body: EligibilityQuestionDto,
    now: Date = new Date(),
  ): Promise<EligibilityResult> {
    await this.cadres.assertReadable(user, body.cadreId);
    const asOf = body.asOf ?? todayInVietnam(now);
    const { cadre, post } = await (
      await this.registry.get()
    ).eligibilityFacts.load(body.cadreId, body.postId, asOf);
    const missing = [...(cadre ? [] : [`cadre ${body.cadreId}`]), ...(post ? [] : [`post ${body.postId}`])];
    if (!cadre || !post)
      throw new NotFoundException({
        statusCode: 404,
        error: 'Not Found',
        message: `No ${missing.join(' and no ')}`,
      });
    if (asOf < cadre.birthDate)
      throw badRequest([
        {
          field: 'asOf',
          problem: `asOf must not be before the cadre's birth date ${cadre.birthDate}`,
          code: 'before_birth',
          params: { birthDate: cadre.birthDate },
        },
      ]);
    const question: EligibilityQuestion = {
      kind: body.kind,
      asOf,
      ...(body.legalBasis ? { legalBasis: body.legalBasis } : {}),
      ...(body.servesNonLocalRule !== undefined ? { servesNonLocalRule: body.servesNonLocalRule } : {}),
    };
    return evaluateEligibility(cadre, post, question);
  }
}

@ApiTags('eligibility')
@Controller('api/v1/eligibility')
@RegistryAuth()
@UseInterceptors(RegistryErrorsInterceptor)
export class EligibilityController {
  constructor(private readonly eligibility: EligibilityService) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Is this cadre eligible for this post (planning, appointment or rotation)? Every rule applied, with its citation',
  })
  @ApiOkResponse({ type: EligibilityResultDto })
  @ApiBadRequestResponse({ description: 'A field is invalid (named in details)' })
  @ApiNotFoundResponse({ description: 'The cadre or the post (named) does not exist' })
  evaluate(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: EligibilityQuestionDto,
  ): Promise<EligibilityResult> {
    return this.eligibility.evaluate(user, body);
  }
}
