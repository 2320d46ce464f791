import { readFileSync } from 'node:fs';
import type { ConnectionOptions } from 'node:tls';
import { URL_TLS_PARAMETERS, type PostgresTlsConfig } from './postgres-tls-config';

export interface PostgresConnectionOptions {
  url: string;
  /** node-postgres's `ssl`: false for `sslmode=disable`, absent when nothing about TLS was configured. */
  ssl?: Pick<ConnectionOptions, 'ca' | 'cert' | 'key' | 'rejectUnauthorized' | 'checkServerIdentity'> | false;
}

/** libpq's verify-ca: the chain is checked, the name is not. */
const anyName = () => undefined;

/**
 * The URL and the `ssl` option of a data source, for the API, the worker and the tools alike. The TLS
 * parameters are taken out of the URL because node-postgres lets the URL's own TLS settings replace the
 * `ssl` option wholesale: `?sslmode=verify-full` would drop the CA given beside it.
 */
export function postgresConnectionOptions(config: {
  databaseUrl: string;
  databaseTls?: PostgresTlsConfig;
}): PostgresConnectionOptions {
  const tls = config.databaseTls;
  if (!tls) return { url: config.databaseUrl };
  const url = new URL(config.databaseUrl);
  for (const name of URL_TLS_PARAMETERS) url.searchParams.delete(name);
  if (tls.mode === 'disable') return { url: url.toString(), ssl: false };
  const ca = tls.caPath ? readFileSync(tls.caPath, 'utf8') : undefined;
  const ssl: Exclude<PostgresConnectionOptions['ssl'], false | undefined> = {
    ...(ca ? { ca } : {}),
    ...(tls.certPath && tls.keyPath
      ? { cert: readFileSync(tls.certPath, 'utf8'), key: readFileSync(tls.keyPath, 'utf8') }
      : {}),
  };
  if (tls.mode === 'verify-ca' || (tls.mode === 'require' && ca)) ssl.checkServerIdentity = anyName;
  if (tls.mode === 'require' && !ca) ssl.rejectUnauthorized = false;
  return { url: url.toString(), ssl };
}
