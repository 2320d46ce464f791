import loadHighs from 'highs';

type Highs = Awaited<ReturnType<typeof loadHighs>>;

/** The WebAssembly runtime is loaded once per process; every solve then runs on a fresh native model. */
let runtime: Promise<Highs> | undefined;

export interface MipSolution {
  status: string;
  /** Column values by name; empty unless the status carries a solution. */
  values: ReadonlyMap<string, number>;
  millis: number;
}

/** Statuses whose primal values are a usable (for Optimal: proven best) solution. */
const WITH_SOLUTION = new Set(['Optimal', 'Time limit reached', 'Target for objective reached']);

/**
 * Solves a model in CPLEX LP format with HiGHS (branch-and-cut). Synchronous once loaded: the event loop
 * is blocked for the solve, which the time limit bounds.
 */
export async function solveMip(lp: string, timeLimitSeconds: number): Promise<MipSolution> {
  runtime ??= loadHighs();
  const highs = await runtime;
  const started = performance.now();
  const result = highs.solve(lp, { output_flag: false, time_limit: timeLimitSeconds, mip_rel_gap: 0 });
  const millis = Math.round(performance.now() - started);
  const values = new Map<string, number>();
  if (WITH_SOLUTION.has(result.Status))
    for (const [name, column] of Object.entries(result.Columns))
      if ('Primal' in column) values.set(name, column.Primal);
  return { status: result.Status, values, millis };
}
