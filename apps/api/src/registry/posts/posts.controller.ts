import { Body, Controller, Delete, Get, Param, Patch, Post, Query, UseInterceptors } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { Page } from '@personnel/contracts';
import type { PostView } from '@personnel/contracts';
import { RegistryAuth, RegistryEditors } from '../common/registry-auth';
import { RegistryErrorsInterceptor } from '../common/registry-errors.interceptor';
import { CreatePostDto, ListPostsQueryDto, PostDto, PostPageDto, UpdatePostDto } from './posts.dto';
import { PostsService } from './posts.service';

const ID = { name: 'id', description: 'Post uuid or code', example: 'QA-CT-UBND' };

@ApiTags('posts')
@Controller('api/v1/posts')
@RegistryAuth()
@UseInterceptors(RegistryErrorsInterceptor)
export class PostsController {
  constructor(private readonly posts: PostsService) {}

  @Get()
  @ApiOperation({ summary: 'List posts (filter, search, pagination), ordered by code' })
  @ApiOkResponse({ type: PostPageDto })
  list(@Query() query: ListPostsQueryDto): Promise<Page<PostView>> {
    return this.posts.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A post with its standards, by uuid or code' })
  @ApiParam(ID)
  @ApiOkResponse({ type: PostDto })
  @ApiNotFoundResponse({ description: 'No such post' })
  get(@Param('id') id: string): Promise<PostView> {
    return this.posts.get(id);
  }

  @Post()
  @RegistryEditors()
  @ApiOperation({ summary: 'Create a post with its standards' })
  @ApiCreatedResponse({ type: PostDto })
  @ApiBadRequestResponse({
    description:
      'A field is invalid, the unit or a required course does not exist (e.g. standards.requiredCourseCodes[1])',
  })
  @ApiConflictResponse({ description: 'The code is taken' })
  create(@Body() body: CreatePostDto): Promise<PostView> {
    return this.posts.create(body);
  }

  @Patch(':id')
  @RegistryEditors()
  @ApiOperation({ summary: 'Change a post (code and unit never change); needs the version you read' })
  @ApiParam(ID)
  @ApiOkResponse({ type: PostDto })
  @ApiConflictResponse({
    description: 'Stale version (reload), or deactivation while someone holds the post',
  })
  update(@Param('id') id: string, @Body() body: UpdatePostDto): Promise<PostView> {
    return this.posts.update(id, body);
  }

  @Delete(':id')
  @RegistryEditors()
  @ApiOperation({ summary: 'Deactivate a post (soft: active=false); refused while someone holds it' })
  @ApiParam(ID)
  @ApiOkResponse({ type: PostDto })
  @ApiConflictResponse({ description: 'Someone holds the post' })
  deactivate(@Param('id') id: string): Promise<PostView> {
    return this.posts.deactivate(id);
  }
}
