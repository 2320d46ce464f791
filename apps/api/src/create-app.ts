import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import pinoHttp from 'pino-http';
import type { ApiConfig, Logger } from '@personnel/config';
import { AppModule } from './app.module';
import { PinoNestLogger } from './http/pino-nest-logger';
import { createValidationPipe } from './http/validation.pipe';
import { serveWebPanel } from './http/web-panel';

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
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Personnel decisions API')
      .setDescription(
        'Start and decide personnel procedures (nomination, appointment) run as Temporal workflows.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup(OPENAPI_PATH, app, document, { jsonDocumentUrl: `${OPENAPI_PATH}-json` });
  return app;
}
