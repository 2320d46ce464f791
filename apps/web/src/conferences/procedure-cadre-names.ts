import { useEffect, useState } from 'react';
import type { ProcedureDetail, ProcedureView } from '@personnel/contracts';
import type { Fresh } from '../api/client';

/** The registry names the procedure gives its cadres, by code (a code it could not name is left out). */
export function subjectNames(procedure: Pick<ProcedureView, 'subjectCadreIds' | 'subjectNames'>) {
  const names = new Map<string, string>();
  procedure.subjectCadreIds.forEach((code, i) => {
    const name = procedure.subjectNames[i];
    if (name) names.set(code, name);
  });
  return names;
}

/**
 * A conference's candidates are the procedure's cadres, and the procedure names them for everyone who
 * may read it: a commune's secretary reads a candidate from elsewhere, whose registry record lies
 * outside their unit scope, by name all the same. Read once (names do not change during a sitting);
 * null until the procedure answered, empty when it could not be read (the registry is asked then).
 */
export function useProcedureCadreNames(
  procedureId: string,
  read: (procedureId: string, signal: AbortSignal) => Promise<Fresh<ProcedureDetail>>,
): ReadonlyMap<string, string> | null {
  const [names, setNames] = useState<{ id: string; names: ReadonlyMap<string, string> } | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    read(procedureId, controller.signal).then(
      ({ data }) => setNames({ id: procedureId, names: subjectNames(data) }),
      (error: unknown) => {
        if ((error as Error).name !== 'AbortError') setNames({ id: procedureId, names: new Map() });
      },
    );
    return () => controller.abort();
    // `read` is the endpoints' method: a new function each render must not read the procedure again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [procedureId]);
  return names?.id === procedureId ? names.names : null;
}
