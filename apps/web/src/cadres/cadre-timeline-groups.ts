import type { CadreTimelineEntry } from '../api/appointment-types';

export interface ProcedureGroup {
  workflowId: string;
  postId: string | null;
  postTitle: string | null;
  unitCode: string;
  unitName: string | null;
  procedureState: CadreTimelineEntry['procedureState'];
  /** Oldest first, so each procedure reads from proposal to outcome. */
  entries: CadreTimelineEntry[];
}

/**
 * Groups the timeline (newest first, as the API sends it) by procedure: the most recently active
 * procedure first, its milestones in the order they happened.
 */
export function groupByProcedure(entries: readonly CadreTimelineEntry[]): ProcedureGroup[] {
  const groups = new Map<string, ProcedureGroup>();
  for (const e of entries) {
    let group = groups.get(e.workflowId);
    if (!group) {
      const { workflowId, postId, postTitle, unitCode, unitName, procedureState } = e;
      group = { workflowId, postId, postTitle, unitCode, unitName, procedureState, entries: [] };
      groups.set(e.workflowId, group);
    }
    group.entries.push(e);
  }
  for (const group of groups.values()) group.entries.sort((a, b) => a.seq - b.seq);
  return [...groups.values()];
}
