import {
  Controller,
  Get,
  HttpCode,
  Inject,
  Post,
  Query,
  Req,
  Res,
  UnprocessableEntityException,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import {
  FIELD_PROBLEM_CODES,
  type AuthenticatedUser,
  type FieldProblemCode,
  type FieldProblemParams,
} from '@personnel/contracts';
import type { Request, Response } from 'express';
import type { Logger } from '@personnel/config';
import { IMPORT_MODES, type ImportMode, type ImportReport } from '@personnel/persistence';
import { localiseDetail } from '../../http/i18n/error-messages';
import { requestLanguage } from '../../http/i18n/request-language';
import { LOGGER } from '../../infrastructure/tokens';
import { CurrentUser } from '../../auth/auth.decorators';
import { CadreAccess } from '../../procedures/cadre-access';
import { RegistryAuth, RegistryEditors } from '../common/registry-auth';
import { RegistryErrorsInterceptor } from '../common/registry-errors.interceptor';
import { todayInVietnam } from '../common/today';
import { CADRE_CSV_COLUMNS, CADRE_EXPORT_EXTRA_COLUMNS, CadreCsvService } from './cadre-csv.service';
import { CadreFilterDto } from './cadres.dto';
import { MAX_IMPORT_BYTES, readCsvBody } from './csv-body';

export class ImportCadresQueryDto {
  @ApiPropertyOptional({
    enum: IMPORT_MODES,
    default: 'all-or-nothing',
    description:
      'all-or-nothing: any bad row → nothing imported (422). valid-rows: import the good rows, report the bad.',
  })
  @IsOptional()
  @IsIn(IMPORT_MODES as ImportMode[], { message: `$property must be one of: ${IMPORT_MODES.join(', ')}` })
  mode: ImportMode = 'all-or-nothing';
}

class RowProblemDto {
  @ApiProperty({ example: 3, description: 'Data row, 1-based, the header excluded' }) row!: number;
  @ApiProperty({ example: 'birthDate' }) field!: string;
  @ApiProperty({
    example: 'Trường birthDate phải là ngày hợp lệ, viết dạng YYYY-MM-DD.',
    description: "In the request's language (Accept-Language, Vietnamese by default) when the row is coded",
  })
  problem!: string;
  @ApiPropertyOptional({
    enum: [...FIELD_PROBLEM_CODES],
    description: "The problem's code, for a client to write it in its user's language from `params`",
  })
  code?: FieldProblemCode;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'The values the problem names beside its code (e.g. the code taken, the row repeated)',
  })
  params?: FieldProblemParams;
  @ApiPropertyOptional({
    example: 'birthDate must be a calendar date written YYYY-MM-DD',
    description: "The server's own English words, beside a `problem` written from the code",
  })
  reason?: string;
}

export class ImportReportDto implements ImportReport {
  @ApiProperty({ example: 120 }) imported!: number;
  @ApiProperty({ type: [RowProblemDto] }) rejected!: RowProblemDto[];
}

const EXAMPLE = `${CADRE_CSV_COLUMNS.join(',')}\r\nCB-0001,Nguyễn Văn An,male,1980-05-17,QN-DH-QA,Kinh,bachelor,advanced,principal,true,active\r\n`;

/** Listed before CadresController: its fixed paths must not be read as a cadre id. */
@ApiTags('cadres')
@Controller('api/v1/cadres')
@RegistryAuth()
@UseInterceptors(RegistryErrorsInterceptor)
export class CadreCsvController {
  constructor(
    private readonly csv: CadreCsvService,
    private readonly access: CadreAccess,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @Post('import')
  @RegistryEditors()
  @HttpCode(200)
  @ApiOperation({
    summary: `Import cadres from CSV (UTF-8, header row, RFC 4180 quoting; at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB)`,
    description: `Columns: ${CADRE_CSV_COLUMNS.join(', ')} (status optional, default active; partyMember true/false). The export's ${CADRE_EXPORT_EXTRA_COLUMNS.join(' and ')} columns are accepted and ignored. A code that exists already, or twice in the file, rejects its row.`,
  })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', example: EXAMPLE } })
  @ApiOkResponse({
    type: ImportReportDto,
    description: 'Imported (valid-rows: with the rejected rows listed)',
  })
  @ApiUnprocessableEntityResponse({
    description: 'all-or-nothing and some row is invalid: nothing imported, report in the body',
  })
  @ApiPayloadTooLargeResponse({ description: `Larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB` })
  async import(@Query() query: ImportCadresQueryDto, @Req() req: Request): Promise<ImportReport> {
    const text = await readCsvBody(req);
    const lang = requestLanguage(req);
    const imported = await this.csv.import(text, query.mode);
    // Each refused row in the request's language like a 400's details, its code and params kept.
    const report = { ...imported, rejected: imported.rejected.map((r) => localiseDetail(r, lang)) };
    if (query.mode === 'all-or-nothing' && report.rejected.length > 0) {
      const rows = new Set(report.rejected.map((r) => r.row)).size;
      throw new UnprocessableEntityException({
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: `${rows} row(s) are invalid; nothing was imported. Fix them, or import with mode=valid-rows to take the others.`,
        ...report,
      });
    }
    return report;
  }

  @Get('export')
  @RegistryEditors()
  @ApiOperation({
    summary: 'Export cadres as CSV (same filters as the list), streamed in the list order',
    description: `Columns: ${[...CADRE_CSV_COLUMNS, ...CADRE_EXPORT_EXTRA_COLUMNS].join(', ')}. UTF-8 with a byte-order mark (so spreadsheets show the diacritics).`,
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' } })
  async export(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: CadreFilterDto,
    @Res() res: Response,
  ): Promise<void> {
    const chunks = this.csv.export({ ...query, ...(await this.access.filterFor(user)) });
    const first = await chunks.next(); // fails before any byte is sent: Postgres down is still a 503
    res.status(200);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="cadres-${todayInVietnam()}.csv"`);
    try {
      for (let chunk = first; !chunk.done; chunk = await chunks.next()) {
        if (res.destroyed) return;
        if (!res.write(chunk.value)) await drained(res);
      }
      res.end();
    } catch (error) {
      this.logger.error({ err: error }, 'cadre export failed mid-stream');
      res.destroy(error as Error);
    }
  }
}

/** Resolves when the response can take more, or when the client went away. */
function drained(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.once('drain', done);
    res.once('close', done);
  });
}
