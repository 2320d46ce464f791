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

export class EnvReader {
  private readonly problems: string[] = [];

  constructor(private readonly env: Env) {}

  string(name: string, fallback: string): string {
    const value = this.env[name];
    return value === undefined || value === '' ? fallback : value;
  }

  optional(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value === '' ? undefined : value;
  }

  port(name: string, fallback: number): number {
    const raw = this.env[name];
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
    const raw = this.env[name];
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
    const match = /^([A-Za-z0-9.-]+|\[[0-9a-fA-F:]+\]):(\d{1,5})$/.exec(value);
    if (!match || Number(match[2]) < 1 || Number(match[2]) > 65535) {
      this.problems.push(`${name}="${value}" must be host:port, e.g. localhost:7233`);
    }
    return value;
  }

  postgresUrl(name: string): string | undefined {
    const value = this.optional(name);
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
