/** part / whole, 0..1, or null when there is nothing to share out (no post held: no figure, not 0 %). */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
