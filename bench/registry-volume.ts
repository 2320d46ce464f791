/**
 * Stage 1b of the registry bench: the procedures' volume beside the registry. The seed writes cadres; a
 * registry that has run for years also holds the journal (`workflow_step`) and the inbox's task rows
 * (`procedure_task`) of every procedure. They are written here in bulk by SQL, so the registry's reads
 * are measured with that volume in the same database (its caches, its autovacuum) and the inbox's own
 * reads at that scale. Only reads are measured: the journal's hash chain is filled with stand-in
 * values (never verified here), and no workflow exists behind these rows.
 */
import type { Pool } from 'pg';
import { performance } from 'node:perf_hooks';
import { round } from './shared/stats';

/** Who reads the inbox in the bench: the district's organisation officer (org_office, approver, DH). */
export const INBOX_READER = 'U-TCNV-01';

export interface VolumeOptions {
  /** Procedures written; each has TASKS_PER_PROCEDURE tasks and STEPS_PER_PROCEDURE journal steps. */
  procedures: number;
}

export const TASKS_PER_PROCEDURE = 5;
export const STEPS_PER_PROCEDURE = 50;

export interface VolumeFacts {
  procedures: number;
  tasks: number;
  steps: number;
  annotations: number;
  /** The reader's share, as the inbox's tabs count it (for reading the figures). */
  reader: string;
  sec: number;
  stages: { label: string; sec: number }[];
}

/** Everyone else who holds tasks: the demo accounts and 80 more officers of the district. */
const OTHERS = `(SELECT array_agg(u ORDER BY u) FROM (
    SELECT username AS u FROM app_user WHERE username <> '${INBOX_READER}'
    UNION ALL SELECT 'U-CB-' || lpad(k::text, 3, '0') FROM generate_series(1, 80) k) x)`;

/**
 * Procedure i (1…n) is an appointment of a seeded cadre to a seeded post, in that post's unit. A third
 * are finished (every task done); the rest stand at task k = i % 5 + 1 (earlier ones done, later ones
 * waiting). Tasks: 1 a personal sign-off, 2 a group sign-off of three or four (claimed in a third of
 * the procedures, claimable in the others while open), 3 a conference of two, 4 a decision, 5 a
 * revision. The reader holds one personal task in twenty and is in one group in four (and claimed a
 * third of those); one open sign-off in fifty is delegated to the reader.
 */
const PROCEDURES_SQL = `
WITH c AS MATERIALIZED (SELECT code, (row_number() OVER (ORDER BY code))::int - 1 AS k FROM cadre),
     po AS MATERIALIZED (SELECT po.code, u.code AS unit_code, (row_number() OVER (ORDER BY po.code))::int - 1 AS k
                           FROM post po JOIN unit u ON u.id = po.unit_id),
     n AS (SELECT (SELECT count(*)::int FROM c) AS cadres, (SELECT count(*)::int FROM po) AS posts)
INSERT INTO procedure (id, kind, subject_cadre_ids, unit_code, post_id, state, stage, stage_entered_at, due_at,
                       overdue, proposed_by, proposed_at, detail, updated_at, last_seq)
SELECT 'appointment/BENCH-' || lpad(i::text, 6, '0') || '/1', 'appointment', ARRAY[c.code], po.unit_code, po.code,
       CASE WHEN i % 3 = 0 THEN 'completed' ELSE 'in_progress' END, 'sign_off',
       now() - make_interval(days => i % 700), now() - make_interval(days => i % 700) + interval '30 days',
       false, 'U-HR-01', now() - make_interval(days => i % 700), '{}'::jsonb,
       now() - make_interval(days => i % 700), ${STEPS_PER_PROCEDURE}
  FROM generate_series(1, $1::int) i CROSS JOIN n
  JOIN c ON c.k = (i * 37) % n.cadres
  JOIN po ON po.k = (i * 11) % n.posts`;

const TASKS_SQL = `
INSERT INTO procedure_task (workflow_id, task_key, kind, label, assignee_ids, claimed_by, delegations, status,
                            outcome, due_at, completed_by, completed_at, created_at, updated_at, last_seq)
SELECT w.id, 'task-' || j, k.kind, k.label, a.ids,
       CASE WHEN j = 2 AND (s.status = 'done' OR i % 3 = 1)
            THEN CASE WHEN i % 12 = 1 THEN '${INBOX_READER}' ELSE a.ids[1] END END,
       CASE WHEN j = 1 AND s.status = 'open' AND i % 50 = 1
            THEN jsonb_build_array(jsonb_build_object('from', a.ids[1], 'to', '${INBOX_READER}',
                   'validFrom', '2020-01-01', 'validUntil', '2099-12-31', 'reason', 'nghỉ phép', 'at', now()))
            ELSE '[]'::jsonb END,
       s.status, CASE WHEN s.status = 'done' THEN 'approve' END,
       w.created + make_interval(days => 10 + j),
       CASE WHEN s.status = 'done' THEN CASE WHEN j = 2 AND i % 12 = 1 THEN '${INBOX_READER}' ELSE a.ids[1] END END,
       CASE WHEN s.status = 'done' THEN w.created + make_interval(days => j) END,
       w.created + make_interval(hours => j), w.created + make_interval(days => j), j * 10
  FROM generate_series(1, $1::int) i
 CROSS JOIN generate_series(1, ${TASKS_PER_PROCEDURE}) j
 CROSS JOIN LATERAL (SELECT 'appointment/BENCH-' || lpad(i::text, 6, '0') || '/1' AS id,
                            now() - make_interval(days => i % 700) AS created) w
 CROSS JOIN LATERAL (SELECT CASE WHEN i % 3 = 0 OR j < i % 5 + 1 THEN 'done'
                                 WHEN j = i % 5 + 1 THEN 'open' ELSE 'waiting' END AS status) s
 CROSS JOIN LATERAL (SELECT (ARRAY['sign_off', 'sign_off', 'conference', 'decision', 'revision'])[j] AS kind,
                            (ARRAY['Ký duyệt tờ trình bổ nhiệm', 'Thẩm định hồ sơ bổ nhiệm', 'Hội nghị tập thể lãnh đạo',
                                   'Quyết định bổ nhiệm', 'Hoàn thiện hồ sơ'])[j] AS label) k
 CROSS JOIN (SELECT o.u AS others, cardinality(o.u) AS n FROM (SELECT ${OTHERS} AS u) o) pool
 CROSS JOIN LATERAL (SELECT CASE
        WHEN j = 2 THEN ARRAY[pool.others[1 + (i * 7) % pool.n], pool.others[1 + (i * 7 + 31) % pool.n],
                              pool.others[1 + (i * 7 + 62) % pool.n]]
                        || CASE WHEN i % 4 = 1 THEN ARRAY['${INBOX_READER}'] ELSE '{}'::text[] END
        WHEN j = 3 THEN ARRAY[pool.others[1 + (i * 13) % pool.n], pool.others[1 + (i * 13 + 50) % pool.n]]
        WHEN abs(hashtext(i || ':' || j)) % 20 = 0 THEN ARRAY['${INBOX_READER}']
        ELSE ARRAY[pool.others[1 + (i * 7 + j * 13) % pool.n]] END AS ids) a`;

/** One stand-in annotation per hundred tasks: a follow-up day and a priority, as the holders set them. */
const ANNOTATIONS_SQL = `
INSERT INTO task_annotation (workflow_id, task_key, follow_up_on, priority, updated_by, updated_at)
SELECT t.workflow_id, t.task_key, (t.created_at + interval '5 days')::date,
       (ARRAY['high', 'normal', 'low'])[1 + abs(hashtext(t.workflow_id)) % 3],
       COALESCE(t.claimed_by, t.assignee_ids[1]), t.updated_at
  FROM procedure_task t
 WHERE t.workflow_id LIKE 'appointment/BENCH-%' AND abs(hashtext(t.workflow_id || t.task_key)) % 100 = 0`;

/** The journal: STEPS_PER_PROCEDURE steps of each procedure, ~150 bytes of payload each. */
const STEPS_SQL = `
INSERT INTO workflow_step (workflow_id, run_id, step_key, seq, kind, actor, payload, occurred_at, recorded_at,
                           prev_hash, hash)
SELECT w.id, 'bench-run-' || i, 'step-' || s, s,
       (ARRAY['proposed', 'task_opened', 'task_decided', 'conference_held', 'document_attached'])[1 + s % 5],
       'U-HR-01',
       jsonb_build_object('note', 'Bước ' || s || ' của hồ sơ bổ nhiệm', 'taskKey', 'task-' || (1 + s % 5),
                          'verdict', 'approve', 'comment', repeat('x', 60)),
       w.created + make_interval(hours => s), w.created + make_interval(hours => s),
       md5(w.id || (s - 1)), md5(w.id || s)
  FROM generate_series(1, $1::int) i
 CROSS JOIN LATERAL (SELECT 'appointment/BENCH-' || lpad(i::text, 6, '0') || '/1' AS id,
                            now() - make_interval(days => i % 700) AS created) w
 CROSS JOIN generate_series(1, ${STEPS_PER_PROCEDURE}) s`;

export async function writeVolume(admin: Pool, options: VolumeOptions): Promise<VolumeFacts> {
  const began = performance.now();
  const stages: { label: string; sec: number }[] = [];
  const stage = async (label: string, sql: string, params: unknown[]) => {
    const t = performance.now();
    const { rowCount } = await admin.query(sql, params);
    stages.push({ label: `${label}: ${rowCount ?? 0} rows`, sec: round((performance.now() - t) / 1000, 1) });
    return rowCount ?? 0;
  };
  const procedures = await stage('procedure', PROCEDURES_SQL, [options.procedures]);
  const tasks = await stage('procedure_task', TASKS_SQL, [options.procedures]);
  const annotations = await stage('task_annotation', ANNOTATIONS_SQL, []);
  const steps = await stage('workflow_step', STEPS_SQL, [options.procedures]);
  return {
    procedures,
    tasks,
    steps,
    annotations,
    reader: INBOX_READER,
    sec: round((performance.now() - began) / 1000, 1),
    stages,
  };
}
