/**
 * The demo organisation (Đầm Hà district, Quảng Ninh) as seed data: `npm start` fills an empty database
 * with it, `npm run seed` writes a data set of any size (tools/seed/cli.ts).
 */
import { Client } from 'pg';
import { silentProgress, type Progress } from '../dev/progress';
import type { SeedDataset, SeedFigures } from './dataset';
import { DEFAULT_CADRES, generateDataset, type GenerateOptions } from './generate';
import { isEmpty, registryContents, writeDataset, type RegistryContents, type WriteResult } from './writer';

export * from './dataset';
export * from './generate';
export * from './writer';
export { computeFigures, meetsStandards } from './figures';

export type SeedOutcome =
  | {
      seeded: true;
      dataset: SeedDataset;
      counts: Extract<WriteResult, { written: true }>['counts'];
      ms: number;
    }
  | { seeded: false; existing: RegistryContents };

/**
 * Generates and writes a data set into the database at `url` if its registry is empty. `progress` gets
 * a line per stage (generation, each table, commit).
 */
export async function seedDatabase(
  url: string,
  options: GenerateOptions & { progress?: Progress; batchSize?: number } = {},
): Promise<SeedOutcome> {
  const progress = options.progress ?? silentProgress;
  const started = Date.now();
  const client = new Client({ connectionString: url, application_name: 'personnel-seed' });
  await client.connect();
  try {
    // Cheap check first, so a non-empty database does not wait for the generator.
    const before = await registryContents(client);
    if (!isEmpty(before)) return { seeded: false, existing: before };
    const cadres = options.cadres ?? DEFAULT_CADRES;
    const dataset = await progress.step(
      `generate ${cadres.toLocaleString('en-US')} cadres (seed "${options.seed ?? 'default'}")`,
      () => Promise.resolve(generateDataset(options)),
    );
    const result = await writeDataset(client, dataset, { progress, batchSize: options.batchSize });
    if (!result.written) return { seeded: false, existing: result.existing };
    await client.query(
      `ANALYZE unit, post, cadre, assignment, evaluation, discipline, training_completion, planning_entry`,
    );
    return { seeded: true, dataset, counts: result.counts, ms: Date.now() - started };
  } finally {
    await client.end();
  }
}

export function describeFigures(f: SeedFigures): string[] {
  const pct = (n: number, d: number) => `${d === 0 ? 0 : Math.round((100 * n) / d)} %`;
  return [
    `${f.units} units, ${f.posts} posts, ${f.cadres.toLocaleString('en-US')} cadres (${f.activeCadres.toLocaleString('en-US')} active, ${Math.round(f.womenShare * 100)} % women)`,
    `${f.assignments.toLocaleString('en-US')} assignments, ${f.rotations} rotations in 2021–2025`,
    `commune secretaries and chairmen non-local: ${f.nonLocalCommuneHeads}/${f.communeHeadPosts} (${pct(f.nonLocalCommuneHeads, f.communeHeadPosts)})`,
    `heads meeting their post's standards: ${f.headsMeetingStandards}/${f.currentHeads} (${pct(f.headsMeetingStandards, f.currentHeads)})`,
    `${f.disciplines.toLocaleString('en-US')} discipline records, ${f.planningEntries} planning entries for 2025-2030`,
  ];
}

/** `npm start`'s step: the 2,000-cadre demo, only into an empty registry. */
export async function seedDemoIfEmpty(url: string, progress: Progress): Promise<void> {
  const outcome = await progress.step('demo seed (empty database only)', () => seedDatabase(url));
  if (outcome.seeded) for (const line of describeFigures(outcome.dataset.figures)) progress.info(line);
  else
    progress.info(
      `skipped: the registry already has data (${outcome.existing.units} units, ${outcome.existing.cadres} cadres)`,
    );
}
