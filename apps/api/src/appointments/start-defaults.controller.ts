import { Controller, Get, Injectable, NotFoundException, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { IsString } from 'class-validator';
import type { AppointmentStartDefaults, AuthenticatedUser } from '@personnel/contracts';
import { findPostForStart } from '@personnel/persistence';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { DatabaseProvider } from '../infrastructure/database.provider';
import { UnitScope } from '../procedures/unit-scope';
import { RegistryProvider } from '../registry/common/registry.provider';
import { IsCode } from '../registry/common/validators';
import { APPOINTMENTS_PATH } from './appointment-routes';

export class StartDefaultsQueryDto {
  @ApiProperty({ example: 'DH-QA-CT-UBND', description: 'Post code' })
  @IsString()
  @IsCode()
  postId!: string;
}

/** What the start form fills in and warns about once HR has chosen the post. */
@Injectable()
export class StartDefaultsService {
  constructor(
    private readonly database: DatabaseProvider,
    private readonly registry: RegistryProvider,
    private readonly scope: UnitScope,
  ) {}

  async defaults(postId: string, user: AuthenticatedUser): Promise<AppointmentStartDefaults> {
    const post = await findPostForStart(await this.database.connection(), postId);
    if (!post) throw new NotFoundException(`No post ${postId}`);
    await this.scope.assertActionable(user, post.unit_code, `Post ${post.code}`);
    const registry = await this.registry.get();
    return {
      postId: post.code,
      holder: post.single_holder ? post.holder : null,
      beingFilledBy: post.being_filled_by,
      standingBodies: await registry.standingBodies.forUnitChain(post.unit_code),
      template: await registry.signOffTemplates.forPost(post.code),
    };
  }
}

@ApiTags('appointments')
@ApiBearerAuth()
@Controller(APPOINTMENTS_PATH)
export class StartDefaultsController {
  constructor(private readonly service: StartDefaultsService) {}

  @Get('start-defaults')
  @Roles('hr_officer')
  @ApiOperation({
    summary:
      'For a post: its holder today, the procedure filling it, the standing bodies of its unit and above, its sign-off template',
  })
  @ApiOkResponse({ description: 'AppointmentStartDefaults' })
  @ApiBadRequestResponse({ description: 'postId is not a code' })
  @ApiForbiddenResponse({ description: 'Not HR, or the post is outside your unit scope' })
  @ApiNotFoundResponse({ description: 'No such post' })
  defaults(
    @Query() query: StartDefaultsQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AppointmentStartDefaults> {
    return this.service.defaults(query.postId, user);
  }
}
