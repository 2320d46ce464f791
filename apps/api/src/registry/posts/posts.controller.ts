import { Body, Controller, Param, Query, UseInterceptors } from '@nestjs/common';
import { ApiBadRequestResponse, ApiTags } from '@nestjs/swagger';
import type { Page } from '@personnel/contracts';
import type { PostView } from '@personnel/contracts';
import { RegistryAuth } from '../common/registry-auth';
import { ChangeRoute, CreateRoute, DeactivateRoute, ListRoute, ReadRoute } from '../common/registry-routes';
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

  @ListRoute('List posts (filter, search, pagination), ordered by code', PostPageDto)
  list(@Query() query: ListPostsQueryDto): Promise<Page<PostView>> {
    return this.posts.list(query);
  }

  @ReadRoute(ID, 'A post with its standards, by uuid or code', PostDto, 'No such post')
  get(@Param('id') id: string): Promise<PostView> {
    return this.posts.get(id);
  }

  @CreateRoute('Create a post with its standards', PostDto, 'The code is taken')
  @ApiBadRequestResponse({
    description:
      'A field is invalid, the unit or a required course does not exist (e.g. standards.requiredCourseCodes[1])',
  })
  create(@Body() body: CreatePostDto): Promise<PostView> {
    return this.posts.create(body);
  }

  @ChangeRoute(
    ID,
    'Change a post (code and unit never change); needs the version you read',
    PostDto,
    'Stale version (reload), or deactivation while someone holds the post',
  )
  update(@Param('id') id: string, @Body() body: UpdatePostDto): Promise<PostView> {
    return this.posts.update(id, body);
  }

  @DeactivateRoute(
    ID,
    'Deactivate a post (soft: active=false); refused while someone holds it',
    PostDto,
    'Someone holds the post',
  )
  deactivate(@Param('id') id: string): Promise<PostView> {
    return this.posts.deactivate(id);
  }
}
