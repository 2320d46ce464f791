import { describe, expect, it } from 'vitest';
import type { CadreTimelineEntry } from '../api/appointment-types';
import { groupByProcedure } from './cadre-timeline-groups';

const entry = (workflowId: string, seq: number, kind: string, occurredAt: string): CadreTimelineEntry => ({
  workflowId,
  procedureKind: 'appointment',
  stepKey: `${seq}/${kind}`,
  seq,
  kind,
  occurredAt,
  postId: workflowId.split('/')[1],
  postTitle: 'Chủ tịch UBND xã',
  unitCode: 'DH-QA',
  unitName: 'Xã Quảng An',
  procedureState: 'in_progress',
});

describe('groupByProcedure', () => {
  it('keeps the most recently active procedure first and reads each from its proposal on', () => {
    const groups = groupByProcedure([
      entry('appointment/B/1', 2, 'conference_closed', '2026-11-20T03:00:00Z'),
      entry('appointment/A/1', 9, 'appointed', '2026-11-10T03:00:00Z'),
      entry('appointment/B/1', 0, 'proposed', '2026-11-18T03:00:00Z'),
      entry('appointment/A/1', 0, 'proposed', '2026-10-01T03:00:00Z'),
    ]);
    expect(groups.map((g) => [g.workflowId, g.entries.map((e) => e.kind)])).toEqual([
      ['appointment/B/1', ['proposed', 'conference_closed']],
      ['appointment/A/1', ['proposed', 'appointed']],
    ]);
  });

  it('gives nothing for no entries', () => {
    expect(groupByProcedure([])).toEqual([]);
  });
});
