import {
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
  ConflictException,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import {
  DOCUMENT_KINDS,
  type AuthenticatedUser,
  type DocumentKind,
  type StoredDocument,
} from '@personnel/contracts';
import { DocumentIntegrityError } from '@personnel/persistence';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { AppointmentStores } from '../appointments/appointment-stores';
import { DocumentAccess } from '../procedures/document-access';
import { badRequest } from '../http/validation.pipe';
import { CadreAccess } from '../procedures/cadre-access';
import { todayInVietnam } from '../registry/common/today';
import { dossierFieldProblems } from './dossier-fields';

/** Largest dossier document accepted (a scanned file); larger bodies are answered 413. */
export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;
export const DOCUMENTS_PATH = '/api/v1/documents';

class UploadQueryDto {
  @ApiProperty({ enum: DOCUMENT_KINDS })
  @IsIn(DOCUMENT_KINDS as DocumentKind[], {
    message: `$property must be one of: ${DOCUMENT_KINDS.join(', ')}`,
  })
  kind!: DocumentKind;

  @ApiProperty({ example: 'so-yeu-ly-lich.pdf' })
  @IsString()
  @MinLength(1)
  @MaxLength(255)
  // Bidirectional controls (U+202A–202E, U+2066–2069, U+200E–200F) would show "gpj.exe" as "exe.jpg".
  // eslint-disable-next-line no-control-regex
  @Matches(/^[^/\\\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]+$/, {
    message: '$property must be a file name without slashes, control or bidirectional characters',
  })
  fileName!: string;

  @ApiPropertyOptional({
    description: 'Registry code of the cadre whose dossier it belongs to (required for a dossier kind)',
    example: 'DH-QA-0001',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,64}$/, { message: '$property must be a cadre code' })
  cadreId?: string;

  @ApiPropertyOptional({
    description: 'The day it was issued (required for a dossier kind)',
    example: '2026-11-20',
  })
  @IsOptional()
  @IsString()
  issuedOn?: string;

  @ApiPropertyOptional({ description: 'The year an assessment assesses (assessments only)', example: 2025 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '$property must be a year' })
  @Min(1945)
  @Max(9999)
  periodYear?: number;
}

const ID_PIPE = new ParseUUIDPipe({
  exceptionFactory: () =>
    badRequest([{ field: 'id', problem: 'must be a document id (UUID)', code: 'not_uuid', params: {} }]),
});

/** Dossier documents: the bytes stay outside Temporal, each read checked against the SHA-256 taken at upload. */
@ApiTags('documents')
@ApiBearerAuth()
@Controller('api/v1/documents')
export class DocumentsController {
  constructor(
    private readonly stores: AppointmentStores,
    private readonly access: DocumentAccess,
    private readonly cadres: CadreAccess,
  ) {}

  @Post()
  @Roles('hr_officer', 'org_office')
  @ApiOperation({
    summary: 'Upload one document: the raw bytes as the body (any content type, at most 20 MB)',
  })
  @ApiConsumes('application/octet-stream', 'application/pdf', '*/*')
  @ApiCreatedResponse({ description: 'StoredDocument: its id, size and SHA-256' })
  @ApiPayloadTooLargeResponse({ description: 'More than 20 MB' })
  @ApiUnprocessableEntityResponse({ description: 'cadreId names no cadre the user may read' })
  async upload(
    @Query() query: UploadQueryDto,
    @Req() request: Request,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<StoredDocument> {
    const content: unknown = request.body;
    if (!Buffer.isBuffer(content) || content.length === 0)
      throw badRequest([
        { field: 'body', problem: 'must be the document bytes (not empty)', code: 'empty_file', params: {} },
      ]);
    const problems = dossierFieldProblems(query, todayInVietnam());
    if (problems.length > 0) throw badRequest(problems);
    if (query.cadreId) await this.cadreReadable(user, query.cadreId);
    const contentType = (request.headers['content-type'] ?? 'application/octet-stream').slice(0, 200);
    return (await this.stores.documents()).put({
      content,
      kind: query.kind,
      fileName: query.fileName,
      contentType,
      uploadedBy: user.username,
      uploaderUnitCode: user.unitCode,
      ...(query.cadreId ? { cadreId: query.cadreId } : {}),
      ...(query.issuedOn ? { issuedOn: query.issuedOn } : {}),
      ...(query.periodYear !== undefined ? { periodYear: query.periodYear } : {}),
    });
  }

  /** A dossier belongs to a cadre the uploader may read: else 422 naming the field (nothing is stored). */
  private async cadreReadable(user: AuthenticatedUser, cadreId: string): Promise<void> {
    try {
      await this.cadres.assertKnownAndReadable(user, cadreId);
    } catch (error) {
      if (!(error instanceof NotFoundException)) throw error;
      throw new UnprocessableEntityException({
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: `cadreId names no cadre you may read (${cadreId})`,
        code: 'unknown_reference',
        details: [
          {
            field: 'cadreId',
            problem: `names no cadre you may read (${cadreId})`,
            code: 'unknown_cadre',
            params: { cadre: cadreId },
          },
        ],
      });
    }
  }

  @Get(':id/meta')
  @ApiOperation({ summary: "A document's metadata" })
  @ApiOkResponse({ description: 'StoredDocument' })
  @ApiNotFoundResponse({ description: 'No such document' })
  async meta(
    @Param('id', ID_PIPE) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<StoredDocument> {
    await this.access.assertReadable(user, id);
    const [meta] = await (await this.stores.documents()).metas([id]);
    if (!meta) throw new NotFoundException(`No document ${id}`);
    return meta;
  }

  @Get(':id')
  @HttpCode(200)
  @ApiOperation({
    summary: 'The bytes, checked against the SHA-256 of the upload (Digest, X-Content-SHA256)',
  })
  @ApiNotFoundResponse({ description: 'No such document' })
  @ApiConflictResponse({ description: 'code document_altered: the stored bytes no longer match their hash' })
  async download(
    @Param('id', ID_PIPE) id: string,
    @Res({ passthrough: true }) response: Response,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<StreamableFile> {
    await this.access.assertReadable(user, id);
    let found: Awaited<ReturnType<Awaited<ReturnType<AppointmentStores['documents']>>['get']>>;
    try {
      found = await (await this.stores.documents()).get(id);
    } catch (error) {
      if (error instanceof DocumentIntegrityError)
        throw new ConflictException({
          statusCode: 409,
          error: 'Conflict',
          message: error.message,
          code: 'document_altered',
        });
      throw error;
    }
    if (!found) throw new NotFoundException(`No document ${id}`);
    const { meta, content } = found;
    response.setHeader('Content-Type', meta.contentType);
    response.setHeader('Content-Length', String(content.length));
    response.setHeader('Digest', `sha-256=${Buffer.from(meta.sha256, 'hex').toString('base64')}`);
    response.setHeader('X-Content-SHA256', meta.sha256);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader(
      'Content-Disposition',
      `attachment; filename*=UTF-8''${encodeURIComponent(meta.fileName)}`,
    );
    return new StreamableFile(content);
  }
}
