import { describe, expect, it } from 'vitest';
import { formatSize } from './sizes';

describe('formatSize', () => {
  it.each([
    [0, 'vi', '0 B'],
    [512, 'vi', '512 B'],
    [1024, 'vi', '1,0 KB'],
    [39_429, 'vi', '38,5 KB'],
    [39_429, 'en', '38.5 KB'],
    [3_500_000, 'vi', '3,3 MB'],
    [3_500_000, 'en', '3.3 MB'],
  ] as const)('%d bytes in %s → %s', (bytes, language, text) => {
    expect(formatSize(bytes, language)).toBe(text);
  });
});
