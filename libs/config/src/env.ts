import { readFileSync } from 'node:fs';

/**
 * Reads and validates the environment once at boot. A bad value stops the process with a message that
 * names the variable and says what is expected, instead of failing later with a connection error.
 */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** host:port with a port 1-65535, as Temporal addresses are written. */
export function isHostPort(value: string): boolean {
  const match = /^([A-Za-z0-9.-]+|\[[0-9a-fA-F:]+\]):(\d{1,5})$/.exec(value);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 65535;
}

export class EnvReader {
  private readonly problems: string[] = [];
  /** Every variable asked for, so `.env.example` can be checked to list them all (env-example.spec). */
  private readonly names = new Set<string>();

  constructor(private readonly env: Env) {}

  /** The names of the variables read so far, in the order first read. */
  variablesRead(): string[] {
    return [...this.names];
  }

  private raw(name: string): string | undefined {
    this.names.add(name);
    return this.env[name];
  }

  string(name: string, fallback: string): string {
    const value = this.raw(name);
    return value === undefined || value === '' ? fallback : value;
  }

  optional(name: string): string | undefined {
    const value = this.raw(name);
    return value === undefined || value === '' ? undefined : value;
  }

  /**
   * A secret: `NAME`, or the contents of the file `NAME_FILE` names (the Docker/Kubernetes secrets
   * convention, so the value never sits in the environment or a committed file). One trailing newline
   * is dropped, as `echo` and most editors add one. Both set is refused: which one wins would be a guess.
   */
  secret(name: string): string | undefined {
    const inline = this.optional(name);
    const file = this.optional(`${name}_FILE`);
    if (file === undefined) return inline;
    if (inline !== undefined) {
      this.problems.push(`set ${name} or ${name}_FILE, not both`);
      return inline;
    }
    try {
      const value = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
      if (value === '') this.problems.push(`${name}_FILE="${file}" is empty`);
      return value === '' ? undefined : value;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      this.problems.push(`${name}_FILE="${file}" cannot be read (${code})`);
      return undefined;
    }
  }

  /** A path to a file that must exist and be readable now (a certificate, a key), not at first connect. */
  readableFile(name: string): string | undefined {
    const path = this.optional(name);
    if (path !== undefined) this.checkReadable(name, path);
    return path;
  }

  /** Names `what` (a variable, or a profile key) when `path` cannot be read. */
  checkReadable(what: string, path: string): void {
    try {
      readFileSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      this.problems.push(`${what}="${path}" cannot be read (${code})`);
    }
  }

  port(name: string, fallback: number): number {
    const raw = this.raw(name);
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > 65535) {
      this.problems.push(`${name}="${raw}" is not a TCP port (an integer 1-65535)`);
      return fallback;
    }
    return n;
  }

  /** A whole number in [min, max]. */
  integer(name: string, fallback: number, min: number, max: number): number {
    const raw = this.raw(name);
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      this.problems.push(`${name}="${raw}" must be a whole number from ${min} to ${max}`);
      return fallback;
    }
    return n;
  }

  /** host:port, as Temporal addresses are written. */
  hostPort(name: string, fallback: string): string {
    const value = this.string(name, fallback);
    if (!isHostPort(value)) this.problems.push(`${name}="${value}" must be host:port, e.g. localhost:7233`);
    return value;
  }

  /** A Postgres URL, a secret (it carries the password): `NAME` or `NAME_FILE`. */
  postgresUrl(name: string): string | undefined {
    const value = this.secret(name);
    if (value === undefined) return undefined;
    try {
      const url = new URL(value);
      if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') throw new Error('protocol');
      if (!url.pathname || url.pathname === '/') throw new Error('database');
    } catch {
      this.problems.push(`${name} must be a URL like postgres://user:password@host:5432/database`);
    }
    return value;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.string(name, fallback);
    if (!(allowed as readonly string[]).includes(value)) {
      this.problems.push(`${name}="${value}" must be one of: ${allowed.join(', ')}`);
      return fallback;
    }
    return value as T;
  }

  boolean(name: string, fallback: boolean): boolean {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
    if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
    this.problems.push(`${name}="${raw}" must be true or false`);
    return fallback;
  }

  problem(message: string): void {
    this.problems.push(message);
  }

  /** Throws one ConfigError listing every problem found so far. */
  done(): void {
    if (this.problems.length > 0) throw new ConfigError(this.problems);
  }
}
