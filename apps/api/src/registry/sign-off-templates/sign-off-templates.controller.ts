import { Body, Controller, Get, Param, Post, Put, Query, UseInterceptors } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthenticatedUser, SignOffTemplateView } from '@personnel/contracts';
import { CurrentUser, Roles } from '../../auth/auth.decorators';
import { RegistryAuth } from '../common/registry-auth';
import { RegistryErrorsInterceptor } from '../common/registry-errors.interceptor';
import {
  CreateSignOffTemplateDto,
  ListSignOffTemplatesQueryDto,
  SignOffTemplateDto,
  UpdateSignOffTemplateDto,
} from './sign-off-templates.dto';
import { SignOffTemplatesService } from './sign-off-templates.service';

const ID = { name: 'id', description: 'Sign-off template uuid or code', example: 'DH-QA-CT-UBND' };
const HR_OF_UNIT = "Needs the role hr_officer (or admin) and the template's unit in your unit scope";

/** The registry's sign-off templates: the chain and signer a post's appointments take by default. */
@ApiTags('sign-off-templates')
@Controller('api/v1/sign-off-templates')
@RegistryAuth()
@UseInterceptors(RegistryErrorsInterceptor)
export class SignOffTemplatesController {
  constructor(private readonly templates: SignOffTemplatesService) {}

  @Get()
  @ApiOperation({ summary: 'The sign-off templates of your unit scope, by unit then code' })
  @ApiOkResponse({ type: [SignOffTemplateDto] })
  list(
    @Query() query: ListSignOffTemplatesQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SignOffTemplateView[]> {
    return this.templates.list(query, user);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A sign-off template, by uuid or code' })
  @ApiParam(ID)
  @ApiOkResponse({ type: SignOffTemplateDto })
  @ApiNotFoundResponse({ description: 'No such template in your unit scope' })
  get(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<SignOffTemplateView> {
    return this.templates.get(id, user);
  }

  @Post()
  @Roles('hr_officer')
  @ApiOperation({ summary: 'Create the template of a post, or of a post title in a unit' })
  @ApiCreatedResponse({ type: SignOffTemplateDto })
  @ApiBadRequestResponse({
    description: 'A field is invalid (named in details), e.g. steps[1].assigneeIds[0]',
  })
  @ApiForbiddenResponse({ description: HR_OF_UNIT })
  @ApiConflictResponse({ description: 'The code is taken, or another active template covers the post' })
  create(
    @Body() body: CreateSignOffTemplateDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SignOffTemplateView> {
    return this.templates.create(body, user);
  }

  @Put(':id')
  @Roles('hr_officer')
  @ApiOperation({ summary: 'Replace name, chain, signer and active; needs the version you read' })
  @ApiParam(ID)
  @ApiOkResponse({ type: SignOffTemplateDto })
  @ApiBadRequestResponse({ description: 'A field is invalid (named in details)' })
  @ApiForbiddenResponse({ description: HR_OF_UNIT })
  @ApiConflictResponse({ description: 'Stale version: reload and apply your change again' })
  replace(
    @Param('id') id: string,
    @Body() body: UpdateSignOffTemplateDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SignOffTemplateView> {
    return this.templates.replace(id, body, user);
  }
}
