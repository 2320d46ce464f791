/**
 * Folds Vietnamese text for accent-insensitive search: "Nguyễn  Văn Đức" → "nguyen van duc".
 * NFD splits each letter from its marks, the combining marks are dropped, đ/Đ (a letter of its own, not a
 * d with a mark) becomes d, then lower case and single spaces. The registry stores `cadre.search_name`
 * with it and folds search terms the same way, so both sides of a LIKE agree.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
