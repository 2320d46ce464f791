import { Body, Controller, Injectable, Param, Query, UseInterceptors } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Page } from '@personnel/contracts';
import type { TrainingCourseView } from '@personnel/contracts';
import { changesOf } from '../common/paging.dto';
import { RegistryAuth } from '../common/registry-auth';
import { ChangeRoute, CreateRoute, DeactivateRoute, ListRoute, ReadRoute } from '../common/registry-routes';
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

  @ListRoute('List training courses (filter, search, pagination), ordered by code', TrainingCoursePageDto)
  list(@Query() query: ListTrainingCoursesQueryDto): Promise<Page<TrainingCourseView>> {
    return this.courses.list(query);
  }

  @ReadRoute(ID, 'A training course by uuid or code', TrainingCourseDto, 'No such course')
  get(@Param('id') id: string): Promise<TrainingCourseView> {
    return this.courses.get(id);
  }

  @CreateRoute('Create a training course', TrainingCourseDto, 'The code is taken')
  create(@Body() body: CreateTrainingCourseDto): Promise<TrainingCourseView> {
    return this.courses.create(body);
  }

  @ChangeRoute(
    ID,
    'Change a training course (the code never changes); needs the version you read',
    TrainingCourseDto,
    'Stale version: reload and apply your change again',
  )
  update(@Param('id') id: string, @Body() body: UpdateTrainingCourseDto): Promise<TrainingCourseView> {
    return this.courses.update(id, body);
  }

  @DeactivateRoute(ID, 'Deactivate a course (soft: active=false); completions stay', TrainingCourseDto)
  deactivate(@Param('id') id: string): Promise<TrainingCourseView> {
    return this.courses.deactivate(id);
  }
}
