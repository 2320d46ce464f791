import { loadClientConfigProfile, type ClientConfigProfile } from '@temporalio/envconfig';
import { isHostPort, type EnvReader } from './env';
import type { TemporalConfig, TemporalTlsConfig } from './service-config';

/** What a Temporal environment-config profile may give; explicit variables override each field. */
export type TemporalProfile = Partial<
  Pick<TemporalConfig, 'address' | 'namespace' | 'apiKey' | 'grpcMeta'>
> & {
  /** Absent: the profile has no `[profile.x.tls]` table, or it says `disabled = true`. */
  tls?: TemporalTlsConfig;
};

/**
 * A profile of a Temporal environment-config file (`temporal.toml`, the file `temporal config set` and
 * Temporal Cloud's setup write), read by `@temporalio/envconfig` so the TOML layout is the SDK's own.
 *
 * Off unless `TEMPORAL_CONFIG_FILE` or `TEMPORAL_PROFILE` is set: the package would otherwise pick up a
 * developer's `~/.config/temporalio/temporal.toml`, and `npm start` and the tests must behave the same
 * on every machine. Only `TEMPORAL_PROFILE` set: the package's default location is read (under
 * `$XDG_CONFIG_HOME` or `~/.config`, `temporalio/temporal.toml`).
 *
 * The package's own environment overrides are turned off (`disableEnv`): the service's variables are
 * applied on top by `serviceConfigFrom`, validated and with the names this project documents. Unknown
 * keys are refused (`configFileStrict`), so a misspelt `adress` is named at boot rather than ignored.
 */
export function temporalProfileFrom(reader: EnvReader): TemporalProfile | undefined {
  const file = reader.readableFile('TEMPORAL_CONFIG_FILE');
  const name = reader.optional('TEMPORAL_PROFILE');
  if (file === undefined && name === undefined) return undefined;
  const where = `Temporal profile "${name ?? 'default'}"${file ? ` of TEMPORAL_CONFIG_FILE="${file}"` : ''}`;
  let profile: ClientConfigProfile;
  try {
    profile = loadClientConfigProfile({
      profile: name,
      configSource: file ? { path: file } : undefined,
      configFileStrict: true,
      disableEnv: true,
    });
  } catch (error) {
    reader.problem(`${where} cannot be loaded: ${(error as Error).message}`);
    return undefined;
  }
  const result: TemporalProfile = {
    namespace: profile.namespace,
    apiKey: profile.apiKey,
    grpcMeta: profile.grpcMeta,
  };
  if (profile.address !== undefined) {
    if (isHostPort(profile.address)) result.address = profile.address;
    else reader.problem(`${where}: address="${profile.address}" must be host:port`);
  }
  if (profile.tls && profile.tls.disabled !== true) {
    const tls = profile.tls;
    const source = (key: string, value: typeof tls.clientCert) => {
      if (value === undefined) return {};
      if ('path' in value) {
        reader.checkReadable(`${where}: tls.${key}_path`, value.path);
        return { path: value.path };
      }
      return { pem: typeof value.data === 'string' ? value.data : Buffer.from(value.data).toString('utf8') };
    };
    const ca = source('server_ca_cert', tls.serverCACert);
    const cert = source('client_cert', tls.clientCert);
    const key = source('client_key', tls.clientKey);
    if (Boolean(tls.clientCert) !== Boolean(tls.clientKey))
      reader.problem(`${where}: tls.client_cert_* and tls.client_key_* must be set together (mTLS)`);
    result.tls = {
      serverName: tls.serverName,
      serverRootCaPath: ca.path,
      serverRootCaPem: ca.pem,
      clientCertPath: cert.path,
      clientCertPem: cert.pem,
      clientKeyPath: key.path,
      clientKeyPem: key.pem,
    };
  }
  return result;
}
