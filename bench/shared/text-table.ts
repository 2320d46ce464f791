/** The plain-text tables the benches print, and how their figures are written in them. */
import type { LatencySummary } from './stats';

/** A figure with `digits` decimals, or "–" when missing. */
export const fmt = (value: number | null, digits = 1) =>
  value === null || !Number.isFinite(value) ? '–' : value.toFixed(digits);

/** `p50 / p95 / p99 / max` of a latency summary. */
export const latencyQuad = (s: LatencySummary) =>
  `${fmt(s.p50)} / ${fmt(s.p95)} / ${fmt(s.p99)} / ${fmt(s.max)}`;

export interface TableLayout {
  /** Between two columns. */
  gap: string;
  /** Columns padded on the left (numbers); the others are padded on the right. */
  rightAligned: (col: number) => boolean;
  /** Cut the trailing blanks of each line. */
  trimEnd?: boolean;
}

/** Rows in aligned columns; an empty row is an empty line. */
export function textTable(rows: readonly string[][], layout: TableLayout): string {
  const cols = Math.max(...rows.map((r) => r.length));
  const widths = Array.from({ length: cols }, (_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((row) => {
      if (row.length === 0) return '';
      const line = row
        .map((cell, c) => (layout.rightAligned(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
        .join(layout.gap);
      return layout.trimEnd ? line.trimEnd() : line;
    })
    .join('\n');
}

/** The layout of a B / A / A÷B table: labels left, figures right. */
export const SIDE_BY_SIDE: TableLayout = { gap: '   ', rightAligned: (col) => col > 0 };
