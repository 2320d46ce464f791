/**
 * What the registry keeps about each cadre besides the assignments: discipline, planning for the
 * 2025-2030 term, qualifications (raised to the standards of every post the cadre held: "100 % of
 * officials meeting standards before appointment"), training completions (each required course done
 * before the appointment that required it), and yearly evaluations 2021–2025.
 */
import {
  EDUCATION_LEVELS,
  POLITICAL_THEORY_LEVELS,
  STATE_MANAGEMENT_LEVELS,
  type DisciplineForm,
  type EducationLevel,
  type EvaluationRating,
  type PoliticalTheoryLevel,
  type StateManagementLevel,
} from '@personnel/contracts';
import { addMonths, ageOn, day, fromYmd, monthsBetween, weekday, ymd, type Day } from './calendar';
import type { Career, PostSim, Segment } from './careers';
import { COURSES, POLITICAL_THEORY_COURSE, STATE_MANAGEMENT_COURSE } from './organisation';
import { lookup } from './must';
import { AS_OF, WINDOW_END, WINDOW_START } from './people';
import { WeightedPicker, type Rng } from './prng';

export const PLANNING_TERM = '2025-2030';
export const MAX_CANDIDATES_PER_POST = 3;
export const MAX_PLANNED_POSTS_PER_CADRE = 3;
/** Months before a disciplined cadre may take a higher post (QĐ 377). */
export const COOL_OFF_MONTHS: Record<DisciplineForm, number> = { reprimand: 24, warning: 36, removal: 60 };

export interface DisciplineRecord {
  cadre: number;
  form: DisciplineForm;
  day: Day;
  reason: string;
}

export interface PlanningRecord {
  cadre: number;
  post: PostSim;
  from: Day;
  to: Day | null;
}

export interface Qualifications {
  education: EducationLevel;
  politicalTheory: PoliticalTheoryLevel;
  stateManagement: StateManagementLevel;
  partyMember: boolean;
}

export interface CompletionRecord {
  cadre: number;
  course: string;
  day: Day;
}

export interface EvaluationRecord {
  cadre: number;
  year: number;
  rating: EvaluationRating;
}

const REASONS = [
  'Vi phạm quy định về quản lý đất đai, trật tự xây dựng trên địa bàn',
  'Thiếu trách nhiệm trong lãnh đạo, chỉ đạo, để xảy ra sai phạm kéo dài',
  'Vi phạm quy định về quản lý tài chính, ngân sách',
  'Vi phạm quy định về kê khai tài sản, thu nhập',
  'Vi phạm Quy định những điều đảng viên không được làm',
  'Vi phạm quy chế làm việc, nguyên tắc tập trung dân chủ',
  'Vi phạm quy định về phòng, chống tham nhũng, lãng phí',
  'Vi phạm quy định về đạo đức công vụ, văn hóa công sở',
];
const REMOVAL_REASON =
  'Vi phạm nghiêm trọng trong quản lý đất đai, đầu tư xây dựng; không hoàn thành nhiệm vụ được giao';

export function segmentAt(c: Career, d: Day): Segment | null {
  for (const s of c.segments) if (s.from <= d && (s.to === null || s.to >= d)) return s;
  return null;
}

/** Reprimands and warnings (~1.3 % of cadres), plus the removals the career simulation made. */
export function generateDisciplines(rng: Rng, careers: Career[]): DisciplineRecord[] {
  const records: DisciplineRecord[] = [];
  const taken = new Set<number>();
  for (const c of careers) {
    for (const d of c.removals) {
      records.push({ cadre: c.person.index, form: 'removal', day: d, reason: REMOVAL_REASON });
      taken.add(c.person.index);
    }
  }
  const wanted = Math.round(careers.length * 0.013);
  for (let attempt = 0, made = 0; made < wanted && attempt < wanted * 50; attempt++) {
    const c = rng.pick(careers);
    if (taken.has(c.person.index)) continue;
    const d = weekday(rng.int(WINDOW_START + 60, WINDOW_END - 10));
    const seg = segmentAt(c, d);
    if (!seg || seg.from > d - 90) continue;
    const form: DisciplineForm = rng.chance(0.65) ? 'reprimand' : 'warning';
    // Nothing higher, and no rotation, during the cool-off.
    const coolOffEnd = addMonths(d, COOL_OFF_MONTHS[form]);
    const blocked = c.segments.some(
      (s) =>
        s.from > d &&
        s.from < coolOffEnd &&
        (s.kind === 'rotation' || s.post.def.rank > seg.post.def.rank || s.kind === 'appointment'),
    );
    if (blocked) continue;
    taken.add(c.person.index);
    records.push({ cadre: c.person.index, form, day: d, reason: rng.pick(REASONS) });
    made++;
  }
  return records.sort((a, b) => a.cadre - b.cadre || a.day - b.day);
}

/** Planning for the 2025-2030 term: ≤ 3 candidates per post, ≤ 3 posts per cadre (QĐ 50 / QĐ 377). */
export function generatePlanning(
  rng: Rng,
  careers: Career[],
  posts: PostSim[],
  disciplines: DisciplineRecord[],
): PlanningRecord[] {
  const holders = new Map<PostSim, Career[]>();
  for (const c of careers) {
    const last = c.segments[c.segments.length - 1];
    if (c.end || !last || last.to !== null) continue;
    const list = holders.get(last.post) ?? [];
    list.push(c);
    holders.set(last.post, list);
  }
  const coolOffUntil = new Map<number, Day>();
  for (const r of disciplines) {
    const until = addMonths(r.day, COOL_OFF_MONTHS[r.form]);
    coolOffUntil.set(r.cadre, Math.max(until, coolOffUntil.get(r.cadre) ?? 0));
  }
  const planned = new Map<number, number>();
  const records: PlanningRecord[] = [];
  const count = new WeightedPicker<number>([
    [1, 0.1],
    [2, 0.4],
    [3, 0.5],
  ]);
  const of = (filter: (p: PostSim) => boolean) => posts.filter(filter).flatMap((p) => holders.get(p) ?? []);
  const approval = new Map<string, Day>();
  const approvalDay = (unitCode: string, district: boolean) => {
    let d = approval.get(unitCode);
    if (d === undefined) {
      d = weekday(
        district
          ? rng.int(day('2023-03-01'), day('2023-03-31'))
          : rng.int(day('2023-04-10'), day('2023-06-30')),
      );
      approval.set(unitCode, d);
    }
    return d;
  };

  for (const post of posts.filter((p) => p.def.planned)) {
    const def = post.def;
    const district = def.level === 'district';
    const agency = post.unit.def.level === 'agency';
    let pool: Career[];
    if (def.level === 'commune' && def.rank === 3) {
      pool = of(
        (p) =>
          (p.def.level === 'commune' &&
            p.def.rank === 2 &&
            (p.def.rotatable || p.def.code.endsWith('-CT-HDND'))) ||
          (p.def.rotatable && p.unit.def.level === 'agency' && p.def.rank >= 2),
      );
    } else if (def.level === 'commune') {
      pool = [
        ...of((p) => p.def.unitCode === def.unitCode && p.def.rank <= 2 && p !== post),
        ...sample(
          rng,
          of(
            (p) => p.def.rank === 1 && p.unit.def.kind !== 'public-service' && p.unit.def.level === 'agency',
          ),
          60,
        ),
      ];
    } else if (!agency) {
      pool = of(
        (p) =>
          (p.unit.def.level === 'agency' && p.def.rank === 3) ||
          (p.def.unitCode === def.unitCode && p.def.rank === 2),
      );
    } else if (def.rank === 3) {
      pool = of(
        (p) => p.unit.def.level === 'agency' && p.def.rank === 2 && p.unit.def.kind === post.unit.def.kind,
      );
    } else {
      pool = [
        ...sample(
          rng,
          of((p) => p.def.unitCode === def.unitCode && p.def.rank === 1),
          80,
        ),
        ...sample(
          rng,
          of((p) => p.def.rank === 1 && p.unit.def.kind === post.unit.def.kind),
          40,
        ),
      ];
    }
    const base = approvalDay(def.unitCode, district);
    const fits = (c: Career, from: Day) => {
      const p = c.person;
      const cur = c.segments[c.segments.length - 1];
      if (c.end || cur.post === post || cur.post.def.rank > def.rank) return false;
      if ((planned.get(p.index) ?? 0) >= MAX_PLANNED_POSTS_PER_CADRE) return false;
      if (c.segments[0].from >= from) return false;
      if (monthsBetween(AS_OF, p.retire) < 60) return false;
      if ((coolOffUntil.get(p.index) ?? 0) > from) return false;
      if (def.requiresNonLocal && p.hometown === post.unit.locality) return false;
      if (def.gender && p.gender !== def.gender) return false;
      const age = ageOn(p.birth, AS_OF);
      return age >= def.minAgeAtStart - 3 && (def.maxAgeAtStart === undefined || age <= def.maxAgeAtStart);
    };
    const roll = () => {
      const r = rng.next();
      if (r < 0.7) return base;
      const year = r < 0.9 ? 2024 : 2025;
      return weekday(rng.int(fromYmd(year, 3, 1), fromYmd(year, 6, 30)));
    };
    const wanted = count.pick(rng);
    const candidates = [...new Set(pool)];
    const chosen = new Set<Career>();
    while (chosen.size < wanted) {
      const from = roll();
      const eligible = candidates.filter((c) => !chosen.has(c) && fits(c, from));
      if (eligible.length === 0) break;
      // Structure targets (QĐ 50): women ≥ 25 %, young ≥ 15 %: weigh them up.
      const picker = new WeightedPicker(
        eligible.map((c) => {
          const young = ageOn(c.person.birth, AS_OF) < 40;
          return [c, (c.person.gender === 'female' ? 1.8 : 1) * (young ? 1.6 : 1)] as const;
        }),
      );
      const c = picker.pick(rng);
      chosen.add(c);
      planned.set(c.person.index, (planned.get(c.person.index) ?? 0) + 1);
      records.push({ cadre: c.person.index, post, from, to: null });
    }
  }

  // The yearly review took some out again: those who left or died, and those disciplined since.
  const outOfPlanning = careers.filter(
    (c) =>
      (c.end && c.end.status !== 'retired' && c.end.day > day('2023-07-01')) ||
      coolOffUntil.has(c.person.index),
  );
  const perPost = new Map<PostSim, number>();
  for (const r of records) perPost.set(r.post, (perPost.get(r.post) ?? 0) + 1);
  for (const c of rng.shuffle([...outOfPlanning]).slice(0, Math.ceil(records.length * 0.05))) {
    const at = c.end ? c.end.day - 1 : disciplineDay(disciplines, c);
    const seg = segmentAt(c, day('2023-06-30'));
    if (!seg || !at || at <= day('2023-07-01')) continue;
    const candidatesFor = posts.filter(
      (p) =>
        p.def.planned &&
        (perPost.get(p) ?? 0) < MAX_CANDIDATES_PER_POST &&
        p.def.rank === seg.post.def.rank + 1 &&
        p.unit === seg.post.unit &&
        !(p.def.requiresNonLocal && c.person.hometown === p.unit.locality) &&
        !(p.def.gender && p.def.gender !== c.person.gender),
    );
    if (candidatesFor.length === 0 || (planned.get(c.person.index) ?? 0) >= MAX_PLANNED_POSTS_PER_CADRE)
      continue;
    const post = rng.pick(candidatesFor);
    const from = approvalDay(post.def.unitCode, post.def.level === 'district');
    if (from >= at || c.segments[0].from >= from) continue;
    perPost.set(post, (perPost.get(post) ?? 0) + 1);
    planned.set(c.person.index, (planned.get(c.person.index) ?? 0) + 1);
    records.push({ cadre: c.person.index, post, from, to: at });
  }
  return records.sort((a, b) => a.post.index - b.post.index || a.from - b.from || a.cadre - b.cadre);
}

function disciplineDay(disciplines: DisciplineRecord[], c: Career): Day {
  return disciplines.find((r) => r.cadre === c.person.index)?.day ?? 0;
}

function sample<T>(rng: Rng, items: T[], n: number): T[] {
  if (items.length <= n) return items;
  const picked = new Set<number>();
  while (picked.size < n) picked.add(Math.floor(rng.next() * items.length));
  return [...picked].sort((a, b) => a - b).map((i) => items[i]);
}

function atLeast<T extends string>(order: readonly T[], a: T, b: T): T {
  return order.indexOf(a) >= order.indexOf(b) ? a : b;
}

/** Courses a cadre took for a planned post (đào tạo, bồi dưỡng theo quy hoạch), not before `from`. */
export interface PlanningTraining {
  from: Day;
  courses: Set<string>;
}

export interface QualificationsResult {
  quals: Qualifications[];
  training: Map<number, PlanningTraining>;
}

/** Share of open planning entries whose candidate has been trained up to the planned post's standards. */
const TRAINED_FOR_PLANNING = 0.7;

/**
 * Qualifications: a baseline by age (education mostly bachelor, political theory and Party membership
 * growing with seniority), then raised to the standards of every post held, Party membership for
 * everyone planned for a Party post, and for most planned candidates the planned post's standards
 * (trained since planning; the others still miss something, which the rules engine then explains).
 */
export function generateQualifications(
  rng: Rng,
  careers: Career[],
  planning: PlanningRecord[],
): QualificationsResult {
  const partyPlanned = new Set(planning.filter((r) => r.post.def.standards.partyMember).map((r) => r.cadre));
  const trainedFor = new Map<number, PlanningRecord[]>();
  for (const r of planning) {
    if (r.to !== null || !rng.chance(TRAINED_FOR_PLANNING)) continue;
    trainedFor.set(r.cadre, [...(trainedFor.get(r.cadre) ?? []), r]);
  }
  const training = new Map<number, PlanningTraining>();
  const education = new WeightedPicker<EducationLevel>([
    ['upper_secondary', 4],
    ['college', 18],
    ['bachelor', 68],
    ['master', 9],
    ['doctor', 1],
  ]);
  const quals = careers.map((c) => {
    const age = ageOn(c.person.birth, AS_OF);
    let edu = education.pick(rng);
    if (age < 30 && (edu === 'master' || edu === 'doctor')) edu = 'bachelor';
    let party = rng.chance(Math.min(0.92, 0.15 + 0.03 * (age - 25)));
    const r = rng.next();
    let theory: PoliticalTheoryLevel = !party
      ? r < 0.85
        ? 'none'
        : 'elementary'
      : age < 35
        ? r < 0.05
          ? 'none'
          : r < 0.75
            ? 'elementary'
            : 'intermediate'
        : age < 45
          ? r < 0.4
            ? 'elementary'
            : r < 0.9
              ? 'intermediate'
              : 'advanced'
          : r < 0.3
            ? 'elementary'
            : r < 0.85
              ? 'intermediate'
              : 'advanced';
    const s = rng.next();
    let management: StateManagementLevel =
      age < 30
        ? s < 0.7
          ? 'none'
          : 'specialist'
        : s < 0.3
          ? 'none'
          : s < 0.8
            ? 'specialist'
            : s < 0.98
              ? 'principal'
              : 'senior';
    for (const seg of c.segments) {
      const std = seg.post.def.standards;
      edu = atLeast(EDUCATION_LEVELS, edu, std.minEducation);
      theory = atLeast(POLITICAL_THEORY_LEVELS, theory, std.minPoliticalTheory);
      management = atLeast(STATE_MANAGEMENT_LEVELS, management, std.minStateManagement);
      party ||= std.partyMember;
    }
    party ||= partyPlanned.has(c.person.index);
    const planned = trainedFor.get(c.person.index) ?? [];
    if (planned.length > 0) {
      const courses = new Set<string>();
      for (const r of planned) {
        const std = r.post.def.standards;
        for (const code of std.requiredCourseCodes) courses.add(code);
        const t = atLeast(POLITICAL_THEORY_LEVELS, theory, std.minPoliticalTheory);
        const m = atLeast(STATE_MANAGEMENT_LEVELS, management, std.minStateManagement);
        const theoryCourse = t !== theory ? POLITICAL_THEORY_COURSE[t] : null;
        const managementCourse = m !== management ? STATE_MANAGEMENT_COURSE[m] : null;
        if (theoryCourse) courses.add(theoryCourse);
        if (managementCourse) courses.add(managementCourse);
        theory = t;
        management = m;
        edu = atLeast(EDUCATION_LEVELS, edu, std.minEducation);
      }
      training.set(c.person.index, { from: Math.min(...planned.map((r) => r.from)), courses });
    }
    return { education: edu, politicalTheory: theory, stateManagement: management, partyMember: party };
  });
  return { quals, training };
}

const COURSE_FROM = new Map(COURSES.map((c) => [c.code, day(c.availableFrom)]));

/**
 * Training completions. A course a post requires (directly, or as the course attesting a required
 * political-theory or state-management level) is completed before the first appointment to that post;
 * other courses at a random time in service.
 */
export function generateCompletions(
  rng: Rng,
  careers: Career[],
  quals: Qualifications[],
  training: Map<number, PlanningTraining> = new Map(),
): CompletionRecord[] {
  const records: CompletionRecord[] = [];
  for (const c of careers) {
    const q = quals[c.person.index];
    const start = c.person.careerStart;
    const last = c.end ? c.end.day - 1 : AS_OF - 1;
    if (last <= start) continue;
    const needBy = new Map<string, Day>();
    const need = (code: string | null, by: Day) => {
      if (code && by < (needBy.get(code) ?? Infinity)) needBy.set(code, by);
    };
    for (const seg of c.segments) {
      const std = seg.post.def.standards;
      for (const code of std.requiredCourseCodes) need(code, seg.from);
      need(POLITICAL_THEORY_COURSE[std.minPoliticalTheory], seg.from);
      need(STATE_MANAGEMENT_COURSE[std.minStateManagement], seg.from);
    }
    const courses = new Set<string>(needBy.keys());
    // Courses taken for a planned post come after the planning decision.
    const trained = training.get(c.person.index);
    const notBefore = new Map<string, Day>();
    for (const code of trained?.courses ?? []) {
      courses.add(code);
      if (!needBy.has(code) && trained) notBefore.set(code, trained.from);
    }
    // The course of the level the cadre holds; the lower ones of the same track when needed earlier.
    const theoryCourse = POLITICAL_THEORY_COURSE[q.politicalTheory];
    const managementCourse = STATE_MANAGEMENT_COURSE[q.stateManagement];
    if (theoryCourse) courses.add(theoryCourse);
    if (managementCourse) courses.add(managementCourse);
    if (q.stateManagement === 'principal' || q.stateManagement === 'senior') {
      if (rng.chance(0.8)) courses.add('QLNN-CV');
    }
    if (!needBy.has('CT05') && rng.chance(q.partyMember ? 0.8 : 0.25)) courses.add('CT05');
    if (last > day('2021-09-01') && rng.chance(0.3)) courses.add('CDS');
    if (rng.chance(0.08))
      courses.add(c.segments.some((s) => s.post.def.level === 'district') ? 'QPAN-3' : 'QPAN-4');
    if (
      c.person.ethnicity !== 'Dao' &&
      c.segments.some((s) => ['DH-QL', 'DH-QA', 'DH-QT'].includes(s.post.def.unitCode)) &&
      rng.chance(0.2)
    )
      courses.add('TDT-DAO');

    // Higher levels first, so a lower course of the same track comes before the higher one.
    const order = [
      'LLCT-CC',
      'LLCT-TC',
      'LLCT-SC',
      'QLNN-CVCC',
      'QLNN-CVC',
      'QLNN-CV',
      ...COURSES.map((x) => x.code).filter((x) => !/^(LLCT|QLNN)-/.test(x)),
    ];
    const dates = new Map<string, Day>();
    for (const code of order) {
      if (!courses.has(code)) continue;
      const available = lookup(COURSE_FROM, code, 'course');
      let lo = Math.max(available, start, notBefore.get(code) ?? 0);
      let hi = Math.min(last, (needBy.get(code) ?? Infinity) - 14);
      const higher =
        code === 'LLCT-TC'
          ? ['LLCT-CC']
          : code === 'LLCT-SC'
            ? ['LLCT-TC', 'LLCT-CC']
            : code === 'QLNN-CVC'
              ? ['QLNN-CVCC']
              : code === 'QLNN-CV'
                ? ['QLNN-CVC', 'QLNN-CVCC']
                : [];
      for (const h of higher) hi = Math.min(hi, (dates.get(h) ?? Infinity) - 90);
      if (hi < lo) {
        // A course needed soon after the start of service: done just in time (training before hiring).
        if (!needBy.has(code)) continue;
        lo = hi = Math.max(hi, available);
      }
      const d = rng.int(lo, hi);
      dates.set(code, d);
      records.push({ cadre: c.person.index, course: code, day: d });
    }
  }
  return records;
}

const RATING_BY_QUALITY = [
  new WeightedPicker<EvaluationRating>([
    ['good', 40],
    ['satisfactory', 50],
    ['unsatisfactory', 10],
  ]),
  new WeightedPicker<EvaluationRating>([
    ['excellent', 8],
    ['good', 72],
    ['satisfactory', 18],
    ['unsatisfactory', 2],
  ]),
  new WeightedPicker<EvaluationRating>([
    ['excellent', 35],
    ['good', 60],
    ['satisfactory', 5],
  ]),
];

/**
 * A rating for every year 2021–2025 in which the cadre served at least half the year. A year with a
 * discipline decision is rated "did not complete" (NĐ 90/2020, Art. 13).
 */
export function generateEvaluations(
  rng: Rng,
  careers: Career[],
  disciplines: DisciplineRecord[],
): EvaluationRecord[] {
  const disciplinedIn = new Set(disciplines.map((r) => `${r.cadre}/${ymd(r.day).year}`));
  const records: EvaluationRecord[] = [];
  for (const c of careers) {
    if (c.segments.length === 0) continue;
    const first = c.segments[0].from;
    const last = c.end ? c.end.day - 1 : Infinity;
    for (let year = 2021; year <= 2025; year++) {
      const from = Math.max(first, fromYmd(year, 1, 1));
      const to = Math.min(last, fromYmd(year, 12, 31));
      if (to - from + 1 < 183) continue;
      let rating = RATING_BY_QUALITY[c.person.quality].pick(rng);
      if (disciplinedIn.has(`${c.person.index}/${year}`)) rating = 'unsatisfactory';
      records.push({ cadre: c.person.index, year, rating });
    }
  }
  return records;
}
