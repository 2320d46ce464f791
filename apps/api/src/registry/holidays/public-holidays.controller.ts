import {
  Body,
  Controller,
  Delete,
  HttpCode,
  Injectable,
  Param,
  Query,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { CalendarDayKind, Page, PublicHolidayView } from '@personnel/contracts';
import { calendarEntryProblem } from '@personnel/domain';
import { badRequest } from '../../http/validation.pipe';
import { changesOf } from '../common/paging.dto';
import { RegistryAuth, RegistryEditors } from '../common/registry-auth';
import { ChangeRoute, CreateRoute, ListRoute, ReadRoute } from '../common/registry-routes';
import { RegistryErrorsInterceptor } from '../common/registry-errors.interceptor';
import { RegistryProvider } from '../common/registry.provider';
import { IsCalendarDate } from '../common/validators';
import { validateSync } from 'class-validator';
import {
  CreatePublicHolidayDto,
  DeletePublicHolidayQueryDto,
  ListPublicHolidaysQueryDto,
  PublicHolidayDto,
  PublicHolidayPageDto,
  UpdatePublicHolidayDto,
} from './public-holidays.dto';

const DATE = { name: 'date', description: 'The day, YYYY-MM-DD', example: '2026-02-17' };

class DateParam {
  @IsCalendarDate()
  date!: string;
}

function checkDate(date: string): string {
  const param = Object.assign(new DateParam(), { date });
  if (validateSync(param).length > 0)
    throw badRequest([
      {
        field: 'date',
        problem: 'date must be a calendar date written YYYY-MM-DD',
        code: 'not_date',
        params: {},
      },
    ]);
  return date;
}

/**
 * The domain's rule that a worked day is a Saturday or Sunday, as a 400 naming the field: its one
 * reason coded with the day, the domain's English words kept as the problem.
 */
function checkKind(date: string, kind: CalendarDayKind | undefined): void {
  const problem = kind === undefined ? null : calendarEntryProblem({ date, kind });
  if (problem) throw badRequest([{ field: 'kind', problem, code: 'weekday_working_day', params: { date } }]);
}

@Injectable()
export class PublicHolidaysService {
  constructor(private readonly registry: RegistryProvider) {}

  private async holidays() {
    return (await this.registry.get()).publicHolidays;
  }

  async list(query: ListPublicHolidaysQueryDto): Promise<Page<PublicHolidayView>> {
    return (await this.holidays()).list(query);
  }

  async get(date: string): Promise<PublicHolidayView> {
    return (await this.holidays()).get(checkDate(date));
  }

  async create(body: CreatePublicHolidayDto): Promise<PublicHolidayView> {
    checkKind(body.date, body.kind);
    return (await this.holidays()).create({
      date: body.date,
      name: body.name.normalize('NFC').trim(),
      kind: body.kind,
    });
  }

  async update(date: string, body: UpdatePublicHolidayDto): Promise<PublicHolidayView> {
    const changes = changesOf(body);
    if (changes.name !== undefined) changes.name = changes.name.normalize('NFC').trim();
    checkKind(checkDate(date), changes.kind);
    return (await this.holidays()).update(checkDate(date), body.version, changes);
  }

  async remove(date: string, version?: number): Promise<void> {
    await (await this.holidays()).remove(checkDate(date), version);
  }
}

@ApiTags('public holidays')
@Controller('api/v1/public-holidays')
@RegistryAuth()
@UseInterceptors(RegistryErrorsInterceptor)
export class PublicHolidaysController {
  constructor(private readonly holidays: PublicHolidaysService) {}

  @ListRoute(
    'List the working-day calendar (by year, date range or kind), in date order: days off and swapped working days',
    PublicHolidayPageDto,
  )
  list(@Query() query: ListPublicHolidaysQueryDto): Promise<Page<PublicHolidayView>> {
    return this.holidays.list(query);
  }

  @ReadRoute(DATE, 'The calendar entry of a day', PublicHolidayDto, 'The day is not in the calendar')
  get(@Param('date') date: string): Promise<PublicHolidayView> {
    return this.holidays.get(date);
  }

  @CreateRoute(
    'Add a day off, or a Saturday or Sunday worked in a swap (kind working_day)',
    PublicHolidayDto,
    'The day is already in the calendar',
  )
  create(@Body() body: CreatePublicHolidayDto): Promise<PublicHolidayView> {
    return this.holidays.create(body);
  }

  @ChangeRoute(
    DATE,
    'Rename a calendar entry or change its kind; needs the version you read',
    PublicHolidayDto,
    'Stale version: reload and apply your change again',
  )
  update(@Param('date') date: string, @Body() body: UpdatePublicHolidayDto): Promise<PublicHolidayView> {
    return this.holidays.update(date, body);
  }

  @Delete(':date')
  @RegistryEditors()
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a public holiday (hard delete); with ?version= only if unchanged since' })
  @ApiParam(DATE)
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiNotFoundResponse({ description: 'The day is not a public holiday' })
  @ApiConflictResponse({ description: 'Changed since the version you sent' })
  remove(@Param('date') date: string, @Query() query: DeletePublicHolidayQueryDto): Promise<void> {
    return this.holidays.remove(date, query.version);
  }
}
