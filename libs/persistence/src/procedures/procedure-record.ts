import type { DataSource, EntityManager } from 'typeorm';
import type { TimelineEntry } from '@personnel/contracts';
import { journalTimeline } from './journal-timeline';
import type { ProcedureRow } from './procedure-queries';
import { procedureTasks } from './procedure-tasks';
import { readSnapshot } from './read-snapshot';
import type { RegistryNames } from './registry-names';
import type { InboxTask } from './task-rows';

/** How one kind reads its page: the registry's names it shows, and its view of the row. */
export interface RecordShape<V> {
  /** The kind the id must be of; null: any kind. */
  kind: string | null;
  names: (db: EntityManager, rows: ProcedureRow[]) => Promise<RegistryNames>;
  view: (row: ProcedureRow, names: RegistryNames) => V;
}

/** One procedure's page (the kind's view, its journal oldest first, its tasks) as of one instant. */
export function procedureRecord<V>(
  dataSource: DataSource,
  id: string,
  shape: RecordShape<V>,
): Promise<(V & { timeline: TimelineEntry[]; tasks: InboxTask[] }) | undefined> {
  return readSnapshot(dataSource, async (db) => {
    const [row]: ProcedureRow[] = await db.query(
      'SELECT p.* FROM procedure p WHERE p.id = $1 AND ($2::text IS NULL OR p.kind = $2)',
      [id, shape.kind],
    );
    if (!row) return undefined;
    const names = await shape.names(db, [row]);
    const timeline = await journalTimeline(db, id);
    const tasks = await procedureTasks(db, id, names);
    return { ...shape.view(row, names), timeline, tasks };
  });
}
