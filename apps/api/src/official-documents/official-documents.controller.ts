import { ConflictException, Controller, Get, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { AuthenticatedUser, OfficialDocumentList } from '@personnel/contracts';
import { DocumentIntegrityError } from '@personnel/persistence';
import { CurrentUser } from '../auth/auth.decorators';
import { documentPathOf } from './document-path';
import { OfficialDocumentsService, type DocumentFile } from './official-documents.service';

const WORKFLOW_ID = { name: 'workflowId', type: String, example: 'appointment/QA-CT-UBND/1' };
const KEY = { name: 'key', type: String, example: 'decision' };
/** The success is a PDF; the errors stay the JSON ApiError every route answers (openapi-responses.ts). */
const PDF_RESPONSE = {
  description: 'The PDF (X-Document-State issued|draft; X-Content-SHA256 and Digest when issued)',
  content: { 'application/pdf': { schema: { type: 'string' as const, format: 'binary' } } },
};

/**
 * The papers a procedure produces (văn bản): the list, and each PDF inline (preview) or as an
 * attachment (download). Registered before the procedure read, whose wildcard would take these paths.
 */
@ApiTags('procedures')
@ApiBearerAuth()
@Controller('api/v1/procedures')
export class OfficialDocumentsController {
  constructor(private readonly documents: OfficialDocumentsService) {}

  @Get('*workflowId/documents')
  @ApiOperation({
    summary:
      "A procedure's official documents (submission, CVs, minutes, ballot counts, decision, planning resolution): issued ones with size and SHA-256, drafts not yet issued",
  })
  @ApiParam(WORKFLOW_ID)
  @ApiOkResponse({ description: 'OfficialDocumentList; 404 when unknown or outside your unit scope' })
  async list(@Req() request: Request, @CurrentUser() user: AuthenticatedUser): Promise<OfficialDocumentList> {
    return this.documents.list(documentPathOf(request).workflowId, user);
  }

  @Get('*workflowId/documents/:key/download')
  @ApiOperation({ summary: 'One document as a PDF attachment (a draft is marked DỰ THẢO and is not stored)' })
  @ApiParam(WORKFLOW_ID)
  @ApiParam(KEY)
  @ApiOkResponse(PDF_RESPONSE)
  @ApiNotFoundResponse({ description: 'No such procedure in your scope, or no such document' })
  @ApiConflictResponse({ description: 'code document_altered: the stored bytes no longer match their hash' })
  async download(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<StreamableFile> {
    return this.send(request, response, user, 'attachment');
  }

  @Get('*workflowId/documents/:key')
  @ApiOperation({ summary: 'One document as a PDF shown inline (preview)' })
  @ApiParam(WORKFLOW_ID)
  @ApiParam(KEY)
  @ApiOkResponse(PDF_RESPONSE)
  @ApiNotFoundResponse({ description: 'No such procedure in your scope, or no such document' })
  @ApiConflictResponse({ description: 'code document_altered: the stored bytes no longer match their hash' })
  async preview(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<StreamableFile> {
    return this.send(request, response, user, 'inline');
  }

  private async send(
    request: Request,
    response: Response,
    user: AuthenticatedUser,
    disposition: 'inline' | 'attachment',
  ): Promise<StreamableFile> {
    const { workflowId, key } = documentPathOf(request);
    let file: DocumentFile;
    try {
      file = await this.documents.file(workflowId, key as string, user);
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
    response.setHeader('Content-Type', 'application/pdf');
    response.setHeader('Content-Length', String(file.content.length));
    response.setHeader('X-Document-State', file.state);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    // A draft changes with the procedure: never cached. An issued paper never changes.
    response.setHeader(
      'Cache-Control',
      file.state === 'draft' ? 'no-store' : 'private, max-age=0, must-revalidate',
    );
    if (file.sha256) {
      response.setHeader('X-Content-SHA256', file.sha256);
      response.setHeader('Digest', `sha-256=${Buffer.from(file.sha256, 'hex').toString('base64')}`);
    }
    response.setHeader(
      'Content-Disposition',
      `${disposition}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    );
    return new StreamableFile(file.content);
  }
}
