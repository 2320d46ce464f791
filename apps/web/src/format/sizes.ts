/**
 * A file size for people: bytes below 1 KB, then KB and MB with one decimal (two below 10 KB would be
 * noise), in the language's decimal mark — "38,5 KB" in Vietnamese, "38.5 KB" in English. Never
 * "0.0 KB": a small file shows its bytes.
 */
export function formatSize(bytes: number, language: 'vi' | 'en'): string {
  const locale = language === 'vi' ? 'vi-VN' : 'en-GB';
  const one = (n: number) => n.toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  if (bytes < 1024) return `${bytes.toLocaleString(locale)} B`;
  if (bytes < 1024 * 1024) return `${one(bytes / 1024)} KB`;
  return `${one(bytes / (1024 * 1024))} MB`;
}
