import type { DataSource } from 'typeorm';
import type { AppointmentReport, AppointmentState, PublicHoliday } from '@personnel/contracts';
import { holidaysBetween } from '../registry/holidays-ahead';

/** Calendar days in Vietnam: a proposal at 23:30 UTC is the next day's proposal. */
const VN_DATE = (expr: string) => `to_char((${expr}) AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD')`;

/** States in which the cadre was appointed (a finished term was an appointment too). */
export const APPOINTED_STATES: readonly AppointmentState[] = ['appointed', 'term_ended'];

/**
 * The figures of the leaders' dashboard, straight from the read models and the registry, limited to a
 * unit scope (undefined = the whole organisation). Working days need the domain's calendar, which this
 * library may not import: the spans from proposal to decision come back as Vietnam calendar days with
 * the holidays between them, and the caller counts them (AppointmentReport.timeToDecisionDays).
 */
export interface AppointmentReportFacts extends Omit<AppointmentReport, 'timeToDecisionDays'> {
  decisionSpans: { proposedOn: string; decidedOn: string }[];
  holidays: PublicHoliday[];
}

export class AppointmentReports {
  constructor(private readonly dataSource: DataSource) {}

  async facts(unitCodes?: string[]): Promise<AppointmentReportFacts> {
    const scoped = unitCodes !== undefined;
    const params = scoped ? [unitCodes] : [];
    const inScope = (column: string) => (scoped ? `${column} = ANY($1::text[])` : 'true');
    const q = <T>(sql: string): Promise<T[]> => this.dataSource.query(sql, params);

    const [byState, byUnit, standards, heads, tasks, spans] = await Promise.all([
      q<{ state: AppointmentState; count: number }>(
        `SELECT state, count(*)::int AS count FROM procedure a WHERE a.kind = 'appointment' AND ${inScope('a.unit_code')}
         GROUP BY state ORDER BY state`,
      ),
      q<{ unit_code: string; unit_name: string | null; state: AppointmentState; count: number }>(
        `SELECT a.unit_code, u.name AS unit_name, a.state, count(*)::int AS count
         FROM procedure a LEFT JOIN unit u ON u.code = a.unit_code
         WHERE a.kind = 'appointment' AND ${inScope('a.unit_code')}
         GROUP BY a.unit_code, u.name, a.state ORDER BY a.unit_code, a.state`,
      ),
      q<{ met: number; appointed: number }>(
        `SELECT count(*) FILTER (WHERE NOT (a.detail->>'exceptionGranted')::boolean)::int AS met,
                count(*)::int AS appointed
         FROM procedure a
         WHERE a.kind = 'appointment' AND a.state IN (${APPOINTED_STATES.map((s) => `'${s}'`).join(', ')}) AND ${inScope('a.unit_code')}`,
      ),
      // Current holders (assignment without an end) of head posts of commune units.
      q<{ non_local: number; heads: number }>(
        `SELECT count(*) FILTER (WHERE c.hometown_locality_code <> u.locality_code)::int AS non_local,
                count(*)::int AS heads
         FROM assignment s
         JOIN post p ON p.id = s.post_id
         JOIN unit u ON u.id = p.unit_id
         JOIN cadre c ON c.id = s.cadre_id
         WHERE s.to_date IS NULL AND p.is_head AND u.level = 'commune' AND ${inScope('u.code')}`,
      ),
      q<{ open: number; overdue: number }>(
        `SELECT count(*)::int AS open, count(*) FILTER (WHERE t.due_at < now())::int AS overdue
         FROM procedure_task t JOIN procedure a ON a.id = t.workflow_id
         WHERE a.kind = 'appointment' AND t.status = 'open' AND ${inScope('a.unit_code')}`,
      ),
      q<{ proposed_on: string; decided_on: string }>(
        `SELECT ${VN_DATE('a.proposed_at')} AS proposed_on,
                ${VN_DATE(`(a.detail->'decision'->>'signedAt')::timestamptz`)} AS decided_on
         FROM procedure a
         WHERE a.kind = 'appointment' AND a.state IN (${APPOINTED_STATES.map((s) => `'${s}'`).join(', ')})
           AND jsonb_typeof(a.detail->'decision') = 'object' AND a.detail->'decision' ? 'signedAt' AND ${inScope('a.unit_code')}`,
      ),
    ]);

    const days = spans.flatMap((s) => [s.proposed_on, s.decided_on]).sort();
    const holidays =
      days.length === 0 ? [] : await holidaysBetween(this.dataSource, days[0], days[days.length - 1]);
    return {
      byState,
      byUnit: byUnit.map((r) => ({
        unitCode: r.unit_code,
        unitName: r.unit_name,
        state: r.state,
        count: r.count,
      })),
      standardsMet: standards[0] ?? { met: 0, appointed: 0 },
      nonLocalHeads: { nonLocal: heads[0]?.non_local ?? 0, heads: heads[0]?.heads ?? 0 },
      overdueTasks: tasks[0]?.overdue ?? 0,
      openTasks: tasks[0]?.open ?? 0,
      decisionSpans: spans.map((s) => ({ proposedOn: s.proposed_on, decidedOn: s.decided_on })),
      holidays,
    };
  }
}
