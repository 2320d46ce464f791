import {
  Body,
  Controller,
  Delete,
  Get,
  Injectable,
  Param,
  Patch,
  Post,
  Query,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { Page } from '@personnel/contracts';
import type { TrainingCourseView } from '@personnel/contracts';
import { changesOf } from '../common/paging.dto';
import { RegistryAuth, RegistryEditors } from '../common/registry-auth';
import { RegistryErrorsInterceptor } from '../common/registry-errors.interceptor';
import { RegistryProvider } from '../common/registry.provider';
import {
  CreateTrainingCourseDto,
  ListTrainingCoursesQueryDto,
  TrainingCourseDto,
  TrainingCoursePageDto,
  UpdateTrainingCourseDto,
} from './training-courses.dto';

const ID = { name: 'id', description: 'Course uuid or code', example: 'CT05' };

@Injectable()
export class TrainingCoursesService {
  constructor(private readonly registry: RegistryProvider) {}

  private async courses() {
    return (await this.registry.get()).trainingCourses;
  }

  async list(query: ListTrainingCoursesQueryDto): Promise<Page<TrainingCourseView>> {
    return (await this.courses()).list(query);
  }

  async get(idOrCode: string): Promise<TrainingCourseView> {
    return (await this.courses()).get(idOrCode);
  }

  async create(body: CreateTrainingCourseDto): Promise<TrainingCourseView> {
    return (await this.courses()).create({ ...body, title: body.title.normalize('NFC').trim() });
  }

  async update(idOrCode: string, body: UpdateTrainingCourseDto): Promise<TrainingCourseView> {
    const changes = changesOf(body);
    if (changes.title !== undefined) changes.title = changes.title.normalize('NFC').trim();
    return (await this.courses()).update(idOrCode, body.version, changes);
  }

  async deactivate(idOrCode: string): Promise<TrainingCourseView> {
    return (await this.courses()).deactivate(idOrCode);
  }
}

@ApiTags('training courses')
@Controller('api/v1/training-courses')
@RegistryAuth()
@UseInterceptors(RegistryErrorsInterceptor)
export class TrainingCoursesController {
  constructor(private readonly courses: TrainingCoursesService) {}

  @Get()
  @ApiOperation({ summary: 'List training courses (filter, search, pagination), ordered by code' })
  @ApiOkResponse({ type: TrainingCoursePageDto })
  list(@Query() query: ListTrainingCoursesQueryDto): Promise<Page<TrainingCourseView>> {
    return this.courses.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A training course by uuid or code' })
  @ApiParam(ID)
  @ApiOkResponse({ type: TrainingCourseDto })
  @ApiNotFoundResponse({ description: 'No such course' })
  get(@Param('id') id: string): Promise<TrainingCourseView> {
    return this.courses.get(id);
  }

  @Post()
  @RegistryEditors()
  @ApiOperation({ summary: 'Create a training course' })
  @ApiCreatedResponse({ type: TrainingCourseDto })
  @ApiConflictResponse({ description: 'The code is taken' })
  create(@Body() body: CreateTrainingCourseDto): Promise<TrainingCourseView> {
    return this.courses.create(body);
  }

  @Patch(':id')
  @RegistryEditors()
  @ApiOperation({ summary: 'Change a training course (the code never changes); needs the version you read' })
  @ApiParam(ID)
  @ApiOkResponse({ type: TrainingCourseDto })
  @ApiConflictResponse({ description: 'Stale version: reload and apply your change again' })
  update(@Param('id') id: string, @Body() body: UpdateTrainingCourseDto): Promise<TrainingCourseView> {
    return this.courses.update(id, body);
  }

  @Delete(':id')
  @RegistryEditors()
  @ApiOperation({ summary: 'Deactivate a course (soft: active=false); completions stay' })
  @ApiParam(ID)
  @ApiOkResponse({ type: TrainingCourseDto })
  deactivate(@Param('id') id: string): Promise<TrainingCourseView> {
    return this.courses.deactivate(id);
  }
}
