import { readFileSync } from 'node:fs';
import type { TemporalConfig } from './service-config';

/** Connection options shared by the client (API) and the worker: address, TLS, API key. */
export function temporalConnectionOptions(config: TemporalConfig) {
  const tls = config.tls
    ? {
        serverNameOverride: config.tls.serverName,
        serverRootCACertificate: config.tls.serverRootCaPath
          ? readFileSync(config.tls.serverRootCaPath)
          : undefined,
        clientCertPair:
          config.tls.clientCertPath && config.tls.clientKeyPath
            ? { crt: readFileSync(config.tls.clientCertPath), key: readFileSync(config.tls.clientKeyPath) }
            : undefined,
      }
    : config.apiKey
      ? true
      : undefined;
  return { address: config.address, tls, apiKey: config.apiKey };
}
