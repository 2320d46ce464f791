/**
 * The cost of each stage of an appointment, per candidate source: what one procedure's stage took
 * (events, activities, statements, rows written), summarised over the measured procedures, beside the
 * bare workflow of the same shape; the table; and the check against a committed result.
 */
import type { CandidateSource } from '@personnel/contracts';
import type { DevServerRecord } from '../shared/dev-server';
import type { ResultHeader } from '../shared/result-header';
import { ratio } from '../shared/stats';
import { fmt, textTable } from '../shared/text-table';
import type { SqlCost } from './statement-stats';
import type { TemporalCost } from './workflow-history';

/** One stage of one procedure. */
export interface StageCost {
  stage: string;
  durationMs: number;
  temporal: TemporalCost;
  sql: SqlCost;
}

export interface ProcedureCost {
  id: string;
  source: CandidateSource;
  warmup: boolean;
  exceptionGranted: boolean;
  stages: StageCost[];
}

/** The figures the check compares, per stage. */
export const CHECKED = ['events', 'activities', 'statements', 'rowsWritten'] as const;
export type Checked = (typeof CHECKED)[number];

export interface Spread {
  min: number;
  median: number;
  max: number;
}

export interface StageSummary {
  stage: string;
  procedures: number;
  /** Per procedure: min / median / max over the measured ones. `min` is what --check compares. */
  figures: Record<Checked | 'updates' | 'workflowTasks', Spread>;
  /** Of the procedure with the median statement count. */
  activitiesByType: Record<string, number>;
  statementsByKind: SqlCost['byKind'];
  rowsWrittenByTable: Record<string, number>;
  /** The bare workflow of this stage's shape (min activities, min Updates), without its start and end. */
  baseline: { activities: number; updates: number; events: number };
  /** events.min / baseline.events: Temporal events over bare Temporal doing the same number of steps. */
  eventsRatio: number | null;
}

export interface SourceSummary {
  source: CandidateSource;
  stages: StageSummary[];
  /** The whole procedure, proposal to term. baseline.events is a whole bare workflow of that shape. */
  total: StageSummary;
}

export interface CostResults extends ResultHeader {
  devServer: DevServerRecord;
  settings: {
    quick: boolean;
    perSource: number;
    warmupPerSource: number;
    signOffs: number;
    settleQuietMs: number;
  };
  summary: SourceSummary[];
  procedures: ProcedureCost[];
  checks: {
    /** Rows written, pg_stat_statements against pg_stat_user_tables (n_tup_ins+upd+del), whole run. */
    rowsWritten: { statements: number; tables: number; ratio: number | null };
    restarts: number;
    errors: string[];
    ok: boolean;
  };
  durationSec: number;
}

function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    min: sorted[0] ?? 0,
    median: sorted[Math.ceil(sorted.length / 2) - 1] ?? 0,
    max: sorted.at(-1) ?? 0,
  };
}

function figureOf(stage: StageCost, name: Checked | 'updates' | 'workflowTasks'): number {
  switch (name) {
    case 'events':
      return stage.temporal.events;
    case 'activities':
      return stage.temporal.activities;
    case 'updates':
      return stage.temporal.updates;
    case 'workflowTasks':
      return stage.temporal.workflowTasks;
    case 'statements':
      return stage.sql.statements;
    case 'rowsWritten':
      return stage.sql.rowsWritten;
  }
}

/** The whole procedure as one stage: every stage's figures added up. */
export function wholeProcedure(stages: readonly StageCost[]): StageCost {
  const add = (a: Record<string, number>, b: Record<string, number>) => {
    const out = { ...a };
    for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
    return out;
  };
  return stages.reduce<StageCost>(
    (sum, s) => ({
      stage: 'whole procedure',
      durationMs: sum.durationMs + s.durationMs,
      temporal: {
        events: sum.temporal.events + s.temporal.events,
        eventsByType: add(sum.temporal.eventsByType, s.temporal.eventsByType),
        activities: sum.temporal.activities + s.temporal.activities,
        localActivities: sum.temporal.localActivities + s.temporal.localActivities,
        activitiesByType: add(sum.temporal.activitiesByType, s.temporal.activitiesByType),
        workflowTasks: sum.temporal.workflowTasks + s.temporal.workflowTasks,
        updates: sum.temporal.updates + s.temporal.updates,
        signals: sum.temporal.signals + s.temporal.signals,
        childWorkflows: sum.temporal.childWorkflows + s.temporal.childWorkflows,
        timers: sum.temporal.timers + s.temporal.timers,
      },
      sql: {
        statements: sum.sql.statements + s.sql.statements,
        byKind: add(sum.sql.byKind, s.sql.byKind) as SqlCost['byKind'],
        rowsWritten: sum.sql.rowsWritten + s.sql.rowsWritten,
        rowsWrittenByTable: add(sum.sql.rowsWrittenByTable, s.sql.rowsWrittenByTable),
      },
    }),
    {
      stage: 'whole procedure',
      durationMs: 0,
      temporal: {
        events: 0,
        eventsByType: {},
        activities: 0,
        localActivities: 0,
        activitiesByType: {},
        workflowTasks: 0,
        updates: 0,
        signals: 0,
        childWorkflows: 0,
        timers: 0,
      },
      sql: {
        statements: 0,
        byKind: { select: 0, insert: 0, update: 0, delete: 0, transaction: 0, other: 0 },
        rowsWritten: 0,
        rowsWrittenByTable: {},
      },
    },
  );
}

/** A shape's bare events, answered by the bench from the baseline runs. */
export type BaselineEvents = (shape: { activities: number; updates: number }, whole: boolean) => number;

function summarizeStage(
  stage: string,
  costs: readonly StageCost[],
  baseline: BaselineEvents,
  whole: boolean,
): StageSummary {
  const figures = Object.fromEntries(
    ([...CHECKED, 'updates', 'workflowTasks'] as const).map((name) => [
      name,
      spread(costs.map((c) => figureOf(c, name))),
    ]),
  ) as StageSummary['figures'];
  const byStatements = [...costs].sort((a, b) => a.sql.statements - b.sql.statements);
  const median = byStatements[Math.ceil(byStatements.length / 2) - 1];
  const shape = { activities: figures.activities.min, updates: figures.updates.min };
  const events = baseline(shape, whole);
  return {
    stage,
    procedures: costs.length,
    figures,
    activitiesByType: median?.temporal.activitiesByType ?? {},
    statementsByKind: median?.sql.byKind ?? {
      select: 0,
      insert: 0,
      update: 0,
      delete: 0,
      transaction: 0,
      other: 0,
    },
    rowsWrittenByTable: median?.sql.rowsWrittenByTable ?? {},
    baseline: { ...shape, events },
    eventsRatio: ratio(figures.events.min, events),
  };
}

/** The shapes the baseline must run: every stage's and every whole procedure's (activities, Updates). */
export function stageShapes(procedures: readonly ProcedureCost[]): { activities: number; updates: number }[] {
  const shapes = new Map<string, { activities: number; updates: number }>();
  for (const p of procedures.filter((x) => !x.warmup))
    for (const s of [...p.stages, wholeProcedure(p.stages)])
      shapes.set(`${s.temporal.activities}/${s.temporal.updates}`, {
        activities: s.temporal.activities,
        updates: s.temporal.updates,
      });
  return [...shapes.values()];
}

/** Per source, the stages in the order the procedures went through them; warm-ups left out. */
export function summarize(procedures: readonly ProcedureCost[], baseline: BaselineEvents): SourceSummary[] {
  const out: SourceSummary[] = [];
  for (const source of ['local', 'outside'] as const) {
    const measured = procedures.filter((p) => p.source === source && !p.warmup);
    if (measured.length === 0) continue;
    const order: string[] = [];
    for (const p of measured) for (const s of p.stages) if (!order.includes(s.stage)) order.push(s.stage);
    out.push({
      source,
      stages: order.map((stage) =>
        summarizeStage(
          stage,
          measured.flatMap((p) => p.stages.filter((s) => s.stage === stage)),
          baseline,
          false,
        ),
      ),
      total: summarizeStage(
        'whole procedure',
        measured.map((p) => wholeProcedure(p.stages)),
        baseline,
        true,
      ),
    });
  }
  return out;
}

const range = (s: Spread) => (s.min === s.max ? String(s.min) : `${s.min}–${s.max}`);

/** One block per source: a row per stage, the figures per procedure (a range when they differed). */
export function formatCostTable(summary: readonly SourceSummary[]): string {
  const rows: string[][] = [];
  for (const source of summary) {
    rows.push([
      `${source.source} candidate`,
      'events',
      'bare',
      'ev/bare',
      'activities',
      'updates',
      'statements',
      'rows written',
    ]);
    for (const s of [...source.stages, source.total])
      rows.push([
        `  ${s.stage}`,
        range(s.figures.events),
        String(s.baseline.events),
        fmt(s.eventsRatio, 2),
        range(s.figures.activities),
        range(s.figures.updates),
        range(s.figures.statements),
        range(s.figures.rowsWritten),
      ]);
    rows.push([]);
  }
  return textTable(rows, { gap: '  ', rightAligned: (col) => col > 0, trimEnd: true });
}

/** A figure of a stage that grew against the committed result. */
export interface Growth {
  source: string;
  stage: string;
  figure: Checked | 'stage';
  was: number;
  now: number;
}

/**
 * What costs more now than in `baseline`: per source and stage, the minimum per procedure of each
 * checked figure (noise — a retried command, a late mail — only ever adds, so the minimum is the
 * stage's own cost); a stage the baseline did not have is growth too.
 */
export function costGrowth(baseline: readonly SourceSummary[], current: readonly SourceSummary[]): Growth[] {
  const growth: Growth[] = [];
  for (const now of current) {
    const was = baseline.find((b) => b.source === now.source);
    for (const stage of [...now.stages, now.total]) {
      const before = was && [...was.stages, was.total].find((s) => s.stage === stage.stage);
      if (!before) {
        growth.push({ source: now.source, stage: stage.stage, figure: 'stage', was: 0, now: 1 });
        continue;
      }
      for (const figure of CHECKED)
        if (stage.figures[figure].min > before.figures[figure].min)
          growth.push({
            source: now.source,
            stage: stage.stage,
            figure,
            was: before.figures[figure].min,
            now: stage.figures[figure].min,
          });
    }
  }
  return growth;
}
