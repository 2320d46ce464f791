import type { ReactNode, Ref } from 'react';
import { Loading } from './widgets';

/** One column of a registry list: its header, and what a row shows in it. */
export interface RegistryColumn<T> {
  header: string;
  cell: (row: T) => ReactNode;
}

interface RegistryListProps<T> {
  /** null while the list loads (or failed: the page shows the error above it). */
  rows: readonly T[] | null;
  error: unknown;
  /** Said when the list has no rows. */
  empty: string;
  testId: string;
  /** The table's name for screen readers (the page's title). */
  label: string;
  columns: readonly RegistryColumn<T>[];
  rowKey: (row: T) => string;
  /** The edit column: its header (read by screen readers only), the button's name for a row, and what it does. */
  editHeader: string;
  editLabel: (row: T) => string;
  onEdit: (row: T) => void;
  /** The ref of a row's edit button: where the focus returns when its form closes (ui/return-focus.ts). */
  editRef?: (row: T) => Ref<HTMLButtonElement>;
}

/**
 * The list of a registry page (the users' mail addresses, the standing bodies): loading, empty, or a
 * table a row a record with a button to edit it. Each cell carries its column's name: at phone width the
 * table shows one card per row (`.table.responsive`), with no sideways scroll.
 */
export function RegistryList<T>({
  rows,
  error,
  empty,
  testId,
  label,
  columns,
  rowKey,
  editHeader,
  editLabel,
  onEdit,
  editRef,
}: RegistryListProps<T>) {
  if (rows === null) return error === null ? <Loading /> : null;
  if (rows.length === 0) return <p className="empty">{empty}</p>;
  return (
    <div className="table-wrap">
      <table className="table responsive" data-testid={testId} aria-label={label}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col">
                {c.header}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{editHeader}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => (
                <td key={c.header} data-label={c.header}>
                  {c.cell(row)}
                </td>
              ))}
              <td data-label={editHeader}>
                <button
                  type="button"
                  className="button button-small button-secondary"
                  ref={editRef?.(row)}
                  onClick={() => onEdit(row)}
                >
                  {editLabel(row)}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
