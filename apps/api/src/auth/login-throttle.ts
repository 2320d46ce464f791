/** At most `max` failed sign-ins in `windowMs`, then the key waits until the oldest of them leaves it. */
export interface ThrottleRule {
  max: number;
  windowMs: number;
}

const FIFTEEN_MINUTES = 15 * 60_000;
/** An account may fail 10 times in 15 minutes; an address (many accounts tried from one place) 50 times. */
export const LOGIN_THROTTLE_RULES = {
  account: { max: 10, windowMs: FIFTEEN_MINUTES },
  address: { max: 50, windowMs: FIFTEEN_MINUTES },
} as const satisfies Record<string, ThrottleRule>;
/** Keys kept at most: beyond, the stalest are forgotten, so a flood of names cannot grow the map. */
const MAX_KEYS = 10_000;

/**
 * Throttles sign-in per account and per address (OWASP: slow guessing down without telling which
 * accounts exist): failures are counted in a sliding window; while either key is over its limit every
 * attempt, right or wrong, waits. A success clears the account's count. Kept in the API process: with
 * several API instances each counts its own (a shared store is the step beyond).
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly rules: { account: ThrottleRule; address: ThrottleRule } = LOGIN_THROTTLE_RULES,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds to wait before signing in may be tried again, or 0. */
  retryAfterSeconds(username: string, address: string): number {
    const waits = [
      this.waitMs(`account:${username.toLowerCase()}`, this.rules.account),
      this.waitMs(`address:${address}`, this.rules.address),
    ];
    return Math.ceil(Math.max(...waits) / 1000);
  }

  failed(username: string, address: string): void {
    this.note(`account:${username.toLowerCase()}`, this.rules.account);
    this.note(`address:${address}`, this.rules.address);
  }

  succeeded(username: string): void {
    this.failures.delete(`account:${username.toLowerCase()}`);
  }

  private recent(key: string, rule: ThrottleRule): number[] {
    const since = this.now() - rule.windowMs;
    const times = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (times.length === 0) this.failures.delete(key);
    else this.failures.set(key, times);
    return times;
  }

  private waitMs(key: string, rule: ThrottleRule): number {
    const times = this.recent(key, rule);
    if (times.length < rule.max) return 0;
    return times[times.length - rule.max] + rule.windowMs - this.now();
  }

  private note(key: string, rule: ThrottleRule): void {
    const times = this.recent(key, rule);
    times.push(this.now());
    this.failures.delete(key);
    this.failures.set(key, times.slice(-rule.max));
    if (this.failures.size > MAX_KEYS) this.failures.delete(this.failures.keys().next().value as string);
  }
}
