import type { DataSource } from 'typeorm';
import type {
  CadreCvFacts,
  DocumentFacts,
  DocumentPostFacts,
  JournalStep,
  LegalBasis,
} from '@personnel/contracts';

/** Codes a payload may name (users, cadres, posts, units): short and without spaces. */
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** Every code-like string in a payload, however deep: the names a paper may print. */
function collectCodes(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    if (CODE.test(value)) into.add(value);
  } else if (Array.isArray(value)) for (const v of value) collectCodes(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) collectCodes(v, into);
}

interface StepRow {
  workflow_id: string;
  step_key: string;
  seq: number;
  kind: string;
  actor: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
}

const toStep = (r: StepRow): JournalStep => ({
  stepKey: r.step_key,
  seq: Number(r.seq),
  kind: r.kind,
  actor: r.actor,
  payload: r.payload,
  occurredAt: r.occurred_at.toISOString(),
});

/**
 * The facts a procedure's documents are made from, read from what is recorded: its journal, the
 * journals of its conference children, and from the registry the names, posts and units they cite, the
 * district that issues them and the CVs of the subjects the caller names. Nothing is read from a form.
 */
export class DocumentFactsQueries {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Undefined when the procedure is unknown. `cvSubjects` picks, from the journal, the cadres whose
   * CV the procedure carries (a rule of the domain, which persistence does not import).
   */
  async load(
    workflowId: string,
    cvSubjects: (procedureKind: string, steps: JournalStep[]) => string[],
  ): Promise<DocumentFacts | undefined> {
    const [procedure]: { kind: string; unit_code: string; legal_basis: string | null }[] =
      await this.dataSource.query('SELECT kind, unit_code, legal_basis FROM procedure WHERE id = $1', [
        workflowId,
      ]);
    if (!procedure) return undefined;
    const steps = (
      (await this.dataSource.query(
        `SELECT workflow_id, step_key, seq, kind, actor, payload, occurred_at
           FROM workflow_step WHERE workflow_id = $1 ORDER BY seq`,
        [workflowId],
      )) as StepRow[]
    ).map(toStep);
    const conferenceIds = [
      ...new Set(
        steps
          .filter((s) => s.kind === 'conference_convened' && typeof s.payload.conferenceId === 'string')
          .map((s) => s.payload.conferenceId as string),
      ),
    ];
    const childRows: StepRow[] =
      conferenceIds.length === 0
        ? []
        : await this.dataSource.query(
            `SELECT workflow_id, step_key, seq, kind, actor, payload, occurred_at
               FROM workflow_step WHERE workflow_id = ANY($1::text[]) ORDER BY workflow_id, seq`,
            [conferenceIds],
          );
    const conferences = conferenceIds.map((id) => ({
      index: Number(id.slice(id.lastIndexOf('/') + 1)),
      steps: childRows.filter((r) => r.workflow_id === id).map(toStep),
    }));

    const codes = new Set<string>([procedure.unit_code]);
    for (const s of [...steps, ...conferences.flatMap((c) => c.steps)]) {
      codes.add(s.actor);
      collectCodes(s.payload, codes);
    }
    const list = [...codes];
    const subjects = cvSubjects(procedure.kind, steps);
    const [users, cadres, posts, units, district, cvs] = await Promise.all([
      this.dataSource.query(
        'SELECT username AS code, full_name FROM app_user WHERE username = ANY($1::text[])',
        [list],
      ) as Promise<{ code: string; full_name: string }[]>,
      this.dataSource.query('SELECT code, full_name FROM cadre WHERE code = ANY($1::text[])', [
        list,
      ]) as Promise<{ code: string; full_name: string }[]>,
      this.dataSource.query(
        `SELECT p.code, p.title, u.code AS unit_code, u.name AS unit_name
           FROM post p JOIN unit u ON u.id = p.unit_id WHERE p.code = ANY($1::text[])`,
        [list],
      ) as Promise<{ code: string; title: string; unit_code: string; unit_name: string }[]>,
      this.dataSource.query('SELECT code, name FROM unit WHERE code = ANY($1::text[])', [list]) as Promise<
        { code: string; name: string }[]
      >,
      this.district(procedure.unit_code),
      this.cvs(subjects),
    ]);
    const names: Record<string, string> = {};
    for (const c of cadres) names[c.code] = c.full_name;
    for (const u of users) names[u.code] = u.full_name;
    const postFacts: Record<string, DocumentPostFacts> = {};
    for (const p of posts)
      postFacts[p.code] = { code: p.code, title: p.title, unitCode: p.unit_code, unitName: p.unit_name };
    const unitNames: Record<string, string> = {};
    for (const u of units) unitNames[u.code] = u.name;
    return {
      workflowId,
      procedureKind: procedure.kind,
      legalBasis: (procedure.legal_basis as LegalBasis | null) ?? null,
      unit: { code: procedure.unit_code, name: unitNames[procedure.unit_code] ?? procedure.unit_code },
      district: district.district ?? unitNames[procedure.unit_code] ?? procedure.unit_code,
      province: district.province,
      steps,
      conferences,
      names,
      posts: postFacts,
      units: unitNames,
      cadres: cvs,
    };
  }

  /** The nearest district at or above the unit, and the province above it (names). */
  private async district(unitCode: string): Promise<{ district: string | null; province: string | null }> {
    const rows: { name: string; level: string }[] = await this.dataSource.query(
      `WITH RECURSIVE up AS (
         SELECT id, parent_id, name, level, 0 AS depth FROM unit WHERE code = $1
         UNION ALL
         SELECT u.id, u.parent_id, u.name, u.level, up.depth + 1 FROM unit u JOIN up ON u.id = up.parent_id
          WHERE up.depth < 10)
       SELECT name, level FROM up ORDER BY depth`,
      [unitCode],
    );
    return {
      district: rows.find((r) => r.level === 'district')?.name ?? null,
      province: rows.find((r) => r.level === 'province')?.name ?? null,
    };
  }

  /** The registry's facts of each cadre, for the CV (mẫu 2C): person, assignments, ratings, discipline. */
  private async cvs(codes: string[]): Promise<CadreCvFacts[]> {
    if (codes.length === 0) return [];
    const people: {
      id: string;
      code: string;
      full_name: string;
      gender: 'male' | 'female';
      birth_date: string;
      hometown: string;
      ethnicity: string;
      education: string;
      political_theory: string;
      state_management: string;
      party_member: boolean;
    }[] = await this.dataSource.query(
      `SELECT c.id, c.code, c.full_name, c.gender, to_char(c.birth_date, 'YYYY-MM-DD') AS birth_date,
              COALESCE((SELECT u.name FROM unit u WHERE u.locality_code = c.hometown_locality_code
                         ORDER BY (u.level = 'commune') DESC, u.code LIMIT 1), c.hometown_locality_code) AS hometown,
              c.ethnicity, c.education, c.political_theory, c.state_management, c.party_member
         FROM cadre c WHERE c.code = ANY($1::text[])`,
      [codes],
    );
    const ids = people.map((p) => p.id);
    const [assignments, evaluations, disciplines] = await Promise.all([
      this.dataSource.query(
        `SELECT a.cadre_id, to_char(a.from_date, 'YYYY-MM-DD') AS from_date,
                to_char(a.to_date, 'YYYY-MM-DD') AS to_date, p.title, u.name AS unit_name, a.decision_ref
           FROM assignment a JOIN post p ON p.id = a.post_id JOIN unit u ON u.id = a.unit_id
          WHERE a.cadre_id = ANY($1::uuid[]) ORDER BY a.from_date, a.created_at`,
        [ids],
      ) as Promise<
        {
          cadre_id: string;
          from_date: string;
          to_date: string | null;
          title: string;
          unit_name: string;
          decision_ref: string | null;
        }[]
      >,
      this.dataSource.query(
        'SELECT cadre_id, year, rating FROM evaluation WHERE cadre_id = ANY($1::uuid[]) ORDER BY year',
        [ids],
      ) as Promise<
        { cadre_id: string; year: number; rating: CadreCvFacts['evaluations'][number]['rating'] }[]
      >,
      this.dataSource.query(
        `SELECT cadre_id, form, to_char(decided_at, 'YYYY-MM-DD') AS decided_at, reason
           FROM discipline WHERE cadre_id = ANY($1::uuid[]) ORDER BY decided_at`,
        [ids],
      ) as Promise<
        {
          cadre_id: string;
          form: CadreCvFacts['disciplines'][number]['form'];
          decided_at: string;
          reason: string;
        }[]
      >,
    ]);
    const byCode = new Map(people.map((p) => [p.code, p]));
    return codes.flatMap((code) => {
      const p = byCode.get(code);
      if (!p) return [];
      const history = assignments.filter((a) => a.cadre_id === p.id);
      const current = history.find((a) => a.to_date === null);
      return [
        {
          code: p.code,
          fullName: p.full_name,
          gender: p.gender,
          birthDate: p.birth_date,
          hometown: p.hometown,
          ethnicity: p.ethnicity,
          education: p.education,
          politicalTheory: p.political_theory,
          stateManagement: p.state_management,
          partyMember: p.party_member,
          currentPost: current ? `${current.title}, ${current.unit_name}` : null,
          history: history.map((a) => ({
            from: a.from_date,
            to: a.to_date,
            post: a.title,
            unit: a.unit_name,
            decisionRef: a.decision_ref,
          })),
          evaluations: evaluations
            .filter((e) => e.cadre_id === p.id)
            .map((e) => ({ year: Number(e.year), rating: e.rating })),
          disciplines: disciplines
            .filter((d) => d.cadre_id === p.id)
            .map((d) => ({ form: d.form, decidedAt: d.decided_at, reason: d.reason })),
        },
      ];
    });
  }
}
