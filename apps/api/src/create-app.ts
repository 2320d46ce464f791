import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { raw, type NextFunction, type Request, type Response } from 'express';
import pinoHttp from 'pino-http';
import type { ApiConfig, Logger } from '@personnel/config';
import { AppModule } from './app.module';
import { TokenError } from './auth/jwt';
import { TokenService } from './auth/token.service';
import { DOCUMENT_MAX_BYTES, DOCUMENTS_PATH } from './documents/documents.controller';
import { PinoNestLogger } from './http/pino-nest-logger';
import { requestIdOf } from './http/request-id';
import { requestLogContext, withRequestContext, withRequestIds } from './http/request-log-context';
import { ApiMetrics } from './metrics/api-metrics';
import { httpMetrics } from './metrics/http-metrics.middleware';
import { HostileInputPipe } from './http/hostile-input.pipe';
import { answerBodyParserErrors } from './http/body-parser-errors';
import { localiseError } from './http/i18n/error-messages';
import { requestLanguage } from './http/i18n/request-language';
import { jsonOnly } from './http/json-only';
import { documentEveryAnswer, routeGuardsOf } from './http/openapi-responses';
import { createValidationPipe } from './http/validation.pipe';
import { serveWebPanel, webPanelDir } from './http/web-panel';

/** The largest JSON body the API reads (a rotation batch at its row limit fits). */
const JSON_BODY_LIMIT = '1mb';

export const OPENAPI_PATH = 'api/docs';

/** Asked every few seconds by probes and Prometheus: no request line each. */
const UNLOGGED_PATHS = new Set(['/api/health', '/api/health/live', '/api/ready', '/api/metrics']);

/** Builds the configured Nest application; main.ts and the tests share it. */
export async function createApp(config: ApiConfig, baseLogger: Logger): Promise<INestApplication> {
  const logger = withRequestIds(baseLogger);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, logger), {
    logger: new PinoNestLogger(logger.child({ component: 'nest' })),
    abortOnError: false,
  });
  app.use(
    pinoHttp({
      logger: logger.child({ component: 'http' }),
      genReqId: requestIdOf,
      // In the line's object, not its bindings: the shared logger adds the context only where missing.
      customSuccessObject: withRequestContext,
      customErrorObject: withRequestContext,
      // API calls only: the panel's files, probes and scrapes are not worth a line each.
      autoLogging: { ignore: (req) => UNLOGGED_PATHS.has(req.url ?? '') || !req.url?.startsWith('/api') },
    }),
  );
  app.use(requestLogContext);
  app.use(httpMetrics(app.get(ApiMetrics)));
  serveWebPanel(
    app,
    webPanelDir(),
    config.auth.oidc?.clientId ? [new URL(config.auth.oidc.issuer).origin] : [],
  );
  app.use(jsonOnly);
  // An upload's bytes are read only for a signed-in user: the token is checked first, so nobody
  // unknown makes the API read (up to) 20 MB. The guard checks roles afterwards as for every route.
  app.use(DOCUMENTS_PATH, signedInFirst(app.get(TokenService)));
  // Document uploads are the raw bytes, whatever their type; registered before Nest's JSON parser so
  // a JSON file is stored as it is. Beyond the limit: 413 as JSON, like every other error.
  app.use(DOCUMENTS_PATH, raw({ type: () => true, limit: DOCUMENT_MAX_BYTES }));
  app.use(
    DOCUMENTS_PATH,
    (error: { status?: number; type?: string }, req: Request, res: Response, next: NextFunction) => {
      if (error?.type !== 'entity.too.large') return next(error);
      const limitMb = DOCUMENT_MAX_BYTES / 1024 / 1024;
      res.status(413).json(
        localiseError(
          {
            statusCode: 413,
            error: 'Payload Too Large',
            message: `The document is larger than ${limitMb} MB`,
            code: 'document_too_large',
            params: { limitMb },
          },
          requestLanguage(req),
        ),
      );
    },
  );
  // A rotation batch of up to 2,000 rows is about 250 kB of JSON: above Express's 100 kB default.
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  app.use(answerBodyParserErrors);
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
  documentEveryAnswer(document, routeGuardsOf(app));
  SwaggerModule.setup(OPENAPI_PATH, app, document, { jsonDocumentUrl: `${OPENAPI_PATH}-json` });
  return app;
}

/** A POST passes on only with a bearer token that authenticates; otherwise 401, its body unread. */
function signedInFirst(tokens: TokenService) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'POST') return next();
    const [scheme, token] = (req.headers.authorization ?? '').split(' ');
    const refuse = (why: string) => {
      // The body is not read: the connection closes after the answer rather than draining it.
      res.setHeader('Connection', 'close');
      res.status(401).json({ statusCode: 401, error: 'Unauthorized', message: `Not signed in: ${why}` });
    };
    if (scheme?.toLowerCase() !== 'bearer' || !token)
      return refuse('sign in first (POST /api/v1/auth/login) and send "Authorization: Bearer <accessToken>"');
    tokens.authenticate(token).then(
      () => next(),
      (error: unknown) => (error instanceof TokenError ? refuse(error.message) : next(error)),
    );
  };
}
