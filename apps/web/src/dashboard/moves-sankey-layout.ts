import { sankey, sankeyLinkHorizontal, type SankeyLink, type SankeyNode } from 'd3-sankey';
import type { ReportUnit, RotationMoveCount } from '../api/report-types';

/** A unit box of the picture: sending units on the left, receiving units on the right. */
export interface MoveBox {
  key: string;
  side: 'from' | 'to';
  name: string;
  level: ReportUnit['level'] | null;
  count: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** A band from a sending to a receiving unit, as wide as the number of cadres moved. */
export interface MoveBand {
  key: string;
  fromName: string;
  toName: string;
  count: number;
  path: string;
  width: number;
}

export interface MovesPicture {
  width: number;
  height: number;
  boxes: MoveBox[];
  bands: MoveBand[];
}

interface NodeData {
  key: string;
  side: 'from' | 'to';
  name: string;
  level: ReportUnit['level'] | null;
}
interface LinkData {
  key: string;
}

/** Room either side for the unit names, which stand outside the boxes. */
const LABEL_ROOM = 290;
/** Height per unit row: one-move units still get room for their 12 px label. */
const ROW = 30;

/**
 * The moves as a two-column Sankey (d3-sankey): a unit appears once as a sender and once as a receiver,
 * so swaps between two communes (A → B and B → A, common in rotation) are two bands, not a cycle,
 * which a Sankey cannot lay out.
 */
export function movesPicture(moves: readonly RotationMoveCount[], width = 1000): MovesPicture {
  const nodes = new Map<string, NodeData>();
  const node = (side: 'from' | 'to', unit: ReportUnit | null, unknown: string) => {
    const key = `${side}:${unit?.unitCode ?? ''}`;
    if (!nodes.has(key))
      nodes.set(key, { key, side, name: unit?.unitName ?? unknown, level: unit?.level ?? null });
    return key;
  };
  const links = moves
    .filter((m) => m.count > 0)
    .map((m) => ({
      source: node('from', m.from, '—'),
      target: node('to', m.to, '—'),
      value: m.count,
      key: `${m.from?.unitCode ?? ''}→${m.to.unitCode}`,
    }));
  const perSide = Math.max(
    ...(['from', 'to'] as const).map((side) => [...nodes.values()].filter((n) => n.side === side).length),
    1,
  );
  const height = Math.max(160, perSide * ROW);
  if (links.length === 0) return { width, height, boxes: [], bands: [] };
  const layout = sankey<NodeData, LinkData>()
    .nodeId((n) => n.key)
    .nodeWidth(12)
    .nodePadding(14)
    .nodeSort((a, b) => (b.value ?? 0) - (a.value ?? 0) || a.name.localeCompare(b.name))
    .extent([
      [LABEL_ROOM, 4],
      [width - LABEL_ROOM, height - 4],
    ]);
  const graph = layout({ nodes: [...nodes.values()].map((n) => ({ ...n })), links });
  const path = sankeyLinkHorizontal<NodeData, LinkData>();
  const named = (end: SankeyNode<NodeData, LinkData> | string | number) =>
    typeof end === 'object' ? end.name : String(end);
  return {
    width,
    height,
    boxes: graph.nodes.map((n) => ({
      key: n.key,
      side: n.side,
      name: n.name,
      level: n.level,
      count: n.value ?? 0,
      x0: n.x0 ?? 0,
      x1: n.x1 ?? 0,
      y0: n.y0 ?? 0,
      y1: n.y1 ?? 0,
    })),
    bands: graph.links.map((l: SankeyLink<NodeData, LinkData>) => ({
      key: l.key,
      fromName: named(l.source),
      toName: named(l.target),
      count: l.value,
      path: path(l) ?? '',
      width: Math.max(1, l.width ?? 1),
    })),
  };
}

/** The moves of one year, or of every year summed, from the report's per-year rows. */
export function movesOfYear(
  movesByYear: readonly (RotationMoveCount & { year: number })[],
  year: number | 'all',
): RotationMoveCount[] {
  const sums = new Map<string, RotationMoveCount>();
  for (const m of movesByYear) {
    if (year !== 'all' && m.year !== year) continue;
    const key = `${m.from?.unitCode ?? ''}→${m.to.unitCode}`;
    const sum = sums.get(key) ?? { from: m.from, to: m.to, count: 0 };
    sum.count += m.count;
    sums.set(key, sum);
  }
  return [...sums.values()].sort(
    (a, b) =>
      b.count - a.count ||
      (a.from?.unitName ?? '').localeCompare(b.from?.unitName ?? '', 'vi') ||
      a.to.unitName.localeCompare(b.to.unitName, 'vi'),
  );
}
