import { useCallback, useEffect, useState } from 'react';

/**
 * The rows of a registry list, read with `load` whenever it changes (give it from useCallback, with what
 * it reads by) or `reload` is called; a read superseded by the next is aborted, and its failure not shown.
 */
export function useRegistryRows<T>(load: (signal: AbortSignal) => Promise<T[]>) {
  const [rows, setRows] = useState<T[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (list) => {
        setRows(list);
        setError(null);
      },
      (e: unknown) => {
        if ((e as Error).name !== 'AbortError') setError(e);
      },
    );
    return () => controller.abort();
  }, [load, reloads]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { rows, setRows, error, reload };
}
