import { LoginThrottle } from './login-throttle';

describe('login throttle', () => {
  const rules = { account: { max: 3, windowMs: 60_000 }, address: { max: 5, windowMs: 60_000 } };
  let now = 0;
  const throttle = () => new LoginThrottle(rules, () => now);

  beforeEach(() => {
    now = 1_000_000;
  });

  it('lets an account fail up to its limit, then makes it wait until the oldest failure leaves the window', () => {
    const t = throttle();
    for (let i = 0; i < 3; i++) {
      expect(t.retryAfterSeconds('U-A', '10.0.0.1')).toBe(0);
      t.failed('U-A', '10.0.0.1');
      now += 10_000;
    }
    // Failures at 0, 10 and 20 s; now 30 s: the first leaves the window at 60 s.
    expect(t.retryAfterSeconds('U-A', '10.0.0.2')).toBe(30);
    now += 30_000;
    expect(t.retryAfterSeconds('U-A', '10.0.0.2')).toBe(0);
  });

  it('counts an address over every account tried from it, and a success clears only the account', () => {
    const t = throttle();
    for (const user of ['U-1', 'U-2', 'U-3', 'U-4', 'U-5']) t.failed(user, '10.0.0.9');
    expect(t.retryAfterSeconds('U-6', '10.0.0.9')).toBe(60);
    expect(t.retryAfterSeconds('U-6', '10.0.0.8')).toBe(0);
    const other = throttle();
    other.failed('U-B', 'a');
    other.failed('U-B', 'b');
    other.failed('U-B', 'c');
    expect(other.retryAfterSeconds('u-b', 'd')).toBeGreaterThan(0);
    other.succeeded('U-B');
    expect(other.retryAfterSeconds('U-B', 'd')).toBe(0);
  });
});
