import { parseSeedArgs, redact, UsageError } from './args';

const DEFAULT_URL = 'postgres://personnel:personnel@localhost:5433/personnel';

describe('npm run seed arguments', () => {
  it('defaults to 2,000 cadres, the default seed and the embedded database', () => {
    expect(parseSeedArgs([], {})).toEqual({ cadres: 2000, seed: 'dam-ha', databaseUrl: DEFAULT_URL });
  });

  it('takes --cadres, --seed and --database-url; DATABASE_URL when no flag', () => {
    expect(
      parseSeedArgs(['--cadres', '100_000', '--seed', 's1', '--database-url', 'postgres://u:p@db:5432/x'], {
        DATABASE_URL: 'postgres://u:p@other:5432/y',
      }),
    ).toEqual({ cadres: 100000, seed: 's1', databaseUrl: 'postgres://u:p@db:5432/x' });
    expect(parseSeedArgs(['--cadres=5000'], { DATABASE_URL: 'postgres://u:p@other:5432/y' })).toEqual({
      cadres: 5000,
      seed: 'dam-ha',
      databaseUrl: 'postgres://u:p@other:5432/y',
    });
    expect(parseSeedArgs(['--help'], {})).toBe('help');
  });

  it('refuses bad values with a usage error', () => {
    expect(() => parseSeedArgs(['--cadres', 'many'], {})).toThrow(UsageError);
    expect(() => parseSeedArgs(['--cadres', '10'], {})).toThrow(/from 600/);
    expect(() => parseSeedArgs(['--database-url', 'mysql://x/y'], {})).toThrow(/postgres:\/\//);
    expect(() => parseSeedArgs(['--tables'], {})).toThrow(UsageError);
  });

  it('hides the password when it names the database', () => {
    expect(redact('postgres://personnel:secret@localhost:5433/personnel')).toBe(
      'postgres://personnel:***@localhost:5433/personnel',
    );
  });
});
