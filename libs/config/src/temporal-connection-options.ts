import { readFileSync } from 'node:fs';
import type { TemporalConfig } from './service-config';

/** A PEM given inline (a profile's `*_data`) or as a file; the inline one wins, as only one is ever set. */
const pem = (inline: string | undefined, path: string | undefined): Buffer | undefined =>
  inline !== undefined ? Buffer.from(inline, 'utf8') : path ? readFileSync(path) : undefined;

/** Connection options shared by the client (API) and the worker: address, TLS, API key, gRPC headers. */
export function temporalConnectionOptions(config: TemporalConfig) {
  const t = config.tls;
  const crt = t && pem(t.clientCertPem, t.clientCertPath);
  const key = t && pem(t.clientKeyPem, t.clientKeyPath);
  const tls = t
    ? {
        serverNameOverride: t.serverName,
        serverRootCACertificate: pem(t.serverRootCaPem, t.serverRootCaPath),
        clientCertPair: crt && key ? { crt, key } : undefined,
      }
    : config.apiKey
      ? true
      : undefined;
  return {
    address: config.address,
    tls,
    apiKey: config.apiKey,
    ...(config.grpcMeta ? { metadata: config.grpcMeta } : {}),
  };
}
