import { useEffect, useState } from 'react';
import type { UnitView } from '../api/rotation-types';

/** Active units by name, for a select (the API gives at most 100 a page: a district has fewer). */
export function useUnits(load: (signal: AbortSignal) => Promise<{ items: UnitView[] }>): UnitView[] | null {
  const [units, setUnits] = useState<UnitView[] | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (page) => setUnits([...page.items].sort((a, b) => a.name.localeCompare(b.name, 'vi'))),
      () => setUnits([]),
    );
    return () => controller.abort();
  }, [load]);
  return units;
}
