import { describe, expect, it } from 'vitest';
import { QA, QL, ROTATIONS, VP } from '../test/report-fixtures';
import { movesOfYear, movesPicture } from './moves-sankey-layout';

describe('the picture of the moves', () => {
  it('lays out a swap between two communes as two bands between four boxes (no cycle)', () => {
    const picture = movesPicture([
      { from: QA, to: QL, count: 2 },
      { from: QL, to: QA, count: 1 },
    ]);
    expect(picture.boxes.map((b) => [b.side, b.name, b.count]).sort()).toEqual([
      ['from', 'Xã Quảng An', 2],
      ['from', 'Xã Quảng Lâm', 1],
      ['to', 'Xã Quảng An', 1],
      ['to', 'Xã Quảng Lâm', 2],
    ]);
    expect(picture.bands.map((b) => `${b.fromName} → ${b.toName}: ${b.count}`).sort()).toEqual([
      'Xã Quảng An → Xã Quảng Lâm: 2',
      'Xã Quảng Lâm → Xã Quảng An: 1',
    ]);
    const [wide, narrow] = [...picture.bands].sort((a, b) => b.count - a.count);
    expect(wide.width).toBeCloseTo(2 * narrow.width);
    expect(picture.bands.every((b) => b.path.startsWith('M'))).toBe(true);
  });

  it('puts senders left and receivers right, inside the drawing', () => {
    const picture = movesPicture(ROTATIONS.moves, 760);
    const senders = picture.boxes.filter((b) => b.side === 'from');
    const receivers = picture.boxes.filter((b) => b.side === 'to');
    expect(Math.max(...senders.map((b) => b.x1))).toBeLessThan(Math.min(...receivers.map((b) => b.x0)));
    for (const b of picture.boxes) {
      expect(b.x0).toBeGreaterThanOrEqual(0);
      expect(b.x1).toBeLessThanOrEqual(760);
      expect(b.y1).toBeLessThanOrEqual(picture.height);
    }
  });

  it('draws nothing when there is no move', () => {
    expect(movesPicture([])).toMatchObject({ boxes: [], bands: [] });
  });

  it('sums the per-year moves for the period, or takes one year', () => {
    expect(movesOfYear(ROTATIONS.movesByYear, 'all')).toEqual([
      { from: QA, to: QL, count: 2 },
      { from: VP, to: QA, count: 1 },
      { from: QL, to: QA, count: 1 },
    ]);
    expect(movesOfYear(ROTATIONS.movesByYear, 2022)).toEqual([
      { from: VP, to: QA, count: 1 },
      { from: QA, to: QL, count: 1 },
    ]);
  });
});
