import type { EnvReader } from './env';

/**
 * libpq's `sslmode` values that node-postgres can honour. `allow` and `prefer` are refused: they fall
 * back to a plain connection when TLS fails, which pg cannot do, and a silent downgrade is what an
 * operator who wrote them would least expect.
 */
export const POSTGRES_SSL_MODES = ['disable', 'require', 'verify-ca', 'verify-full'] as const;
export type PostgresSslMode = (typeof POSTGRES_SSL_MODES)[number];

export interface PostgresTlsConfig {
  /**
   * `require`: encrypted, the server unchecked (checked against the CA when one is given, as libpq
   * does); `verify-ca`: its certificate signed by the CA; `verify-full`: that and its name matching the
   * host; `disable`: never TLS.
   */
  mode: PostgresSslMode;
  /** PEM files: the CA that signed the server's certificate; the client's certificate and key. */
  caPath?: string;
  certPath?: string;
  keyPath?: string;
}

/** The TLS parameters libpq reads from a URL; taken out before the URL reaches node-postgres. */
export const URL_TLS_PARAMETERS = ['sslmode', 'sslrootcert', 'sslcert', 'sslkey', 'ssl', 'uselibpqcompat'];

/**
 * TLS to Postgres: `sslmode` in DATABASE_URL (libpq's parameter, so a URL from a managed Postgres works
 * as given) and the PEM files DATABASE_SSL_CA, DATABASE_SSL_CERT, DATABASE_SSL_KEY (or the URL's
 * `sslrootcert`, `sslcert`, `sslkey`). A file without an `sslmode` means `verify-full`: a CA given is a
 * CA meant to be checked. Nothing set: no TLS, as before. Files are read now, so a wrong path is named
 * at boot, not at the first query.
 */
export function postgresTlsFrom(reader: EnvReader, databaseUrl: string): PostgresTlsConfig | undefined {
  let params: URLSearchParams;
  try {
    params = new URL(databaseUrl).searchParams;
  } catch {
    params = new URLSearchParams(); // DATABASE_URL itself is reported by postgresUrl
  }
  const file = (name: string, urlParam: string) => {
    const fromEnv = reader.readableFile(name);
    if (fromEnv !== undefined) return fromEnv;
    const fromUrl = params.get(urlParam) ?? undefined;
    if (fromUrl !== undefined) reader.checkReadable(`DATABASE_URL's ${urlParam}`, fromUrl);
    return fromUrl;
  };
  const caPath = file('DATABASE_SSL_CA', 'sslrootcert');
  const certPath = file('DATABASE_SSL_CERT', 'sslcert');
  const keyPath = file('DATABASE_SSL_KEY', 'sslkey');
  const given = params.get('sslmode');
  if (given === null && !caPath && !certPath && !keyPath) return undefined;
  const raw = given ?? 'verify-full';
  if (!(POSTGRES_SSL_MODES as readonly string[]).includes(raw)) {
    reader.problem(
      `DATABASE_URL's sslmode="${raw}" must be one of: ${POSTGRES_SSL_MODES.join(', ')}` +
        (raw === 'prefer' || raw === 'allow' ? ' (node-postgres cannot fall back to plain text)' : ''),
    );
    return undefined;
  }
  const mode = raw as PostgresSslMode;
  if (mode === 'verify-ca' && !caPath)
    reader.problem("DATABASE_URL's sslmode=verify-ca needs the CA: set DATABASE_SSL_CA");
  if (Boolean(certPath) !== Boolean(keyPath))
    reader.problem('DATABASE_SSL_CERT and DATABASE_SSL_KEY must be set together (client certificate)');
  if (mode === 'disable' && (caPath || certPath || keyPath))
    reader.problem("DATABASE_URL's sslmode=disable contradicts DATABASE_SSL_CA/CERT/KEY");
  return { mode, caPath, certPath, keyPath };
}
