import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { raw, type NextFunction, type Request, type Response } from 'express';
import pinoHttp from 'pino-http';
import type { ApiConfig, Logger } from '@personnel/config';
import { AppModule } from './app.module';
import { DOCUMENT_MAX_BYTES, DOCUMENTS_PATH } from './documents/documents.controller';
import { PinoNestLogger } from './http/pino-nest-logger';
import { HostileInputPipe } from './http/hostile-input.pipe';
import { jsonOnly } from './http/json-only';
import { createValidationPipe } from './http/validation.pipe';
import { serveWebPanel } from './http/web-panel';

/** The largest JSON body the API reads (a rotation batch at its row limit fits). */
const JSON_BODY_LIMIT = '1mb';

export const OPENAPI_PATH = 'api/docs';

/** Builds the configured Nest application; main.ts and the tests share it. */
export async function createApp(config: ApiConfig, logger: Logger): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, logger), {
    logger: new PinoNestLogger(logger.child({ component: 'nest' })),
    abortOnError: false,
  });
  app.use(
    pinoHttp({
      logger: logger.child({ component: 'http' }),
      // API calls only: the panel's files are not worth a log line each.
      autoLogging: { ignore: (req) => req.url === '/api/health' || !req.url?.startsWith('/api') },
    }),
  );
  serveWebPanel(app);
  app.use(jsonOnly);
  // Document uploads are the raw bytes, whatever their type; registered before Nest's JSON parser so
  // a JSON file is stored as it is. Beyond the limit: 413 as JSON, like every other error.
  app.use(DOCUMENTS_PATH, raw({ type: () => true, limit: DOCUMENT_MAX_BYTES }));
  app.use(
    DOCUMENTS_PATH,
    (error: { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
      if (error?.type !== 'entity.too.large') return next(error);
      res.status(413).json({
        statusCode: 413,
        error: 'Payload Too Large',
        message: `The document is larger than ${DOCUMENT_MAX_BYTES / 1024 / 1024} MB`,
      });
    },
  );
  // A rotation batch of up to 2,000 rows is about 250 kB of JSON: above Express's 100 kB default.
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  app.useGlobalPipes(new HostileInputPipe(), createValidationPipe());
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Personnel decisions API')
      .setDescription(
        'Start and decide personnel procedures (appointment; rotation and planning next) run as Temporal workflows.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup(OPENAPI_PATH, app, document, { jsonDocumentUrl: `${OPENAPI_PATH}-json` });
  return app;
}
