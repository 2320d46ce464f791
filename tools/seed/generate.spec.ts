import { createHash } from 'node:crypto';
import {
  EDUCATION_LEVELS,
  foldVietnamese,
  POLITICAL_THEORY_LEVELS,
  STATE_MANAGEMENT_LEVELS,
  type PostStandards,
} from '@personnel/contracts';
import type { CadreFacts, PostFacts } from '@personnel/contracts';
import { evaluateEligibility, retirementDate } from '@personnel/domain';
import type { CadreRow, SeedTables } from './dataset';
import { generateDataset } from './generate';
import { lookup, must } from './must';

const WINDOW_FROM = '2021-01-01';
const WINDOW_TO = '2025-12-31';
const AS_OF = '2026-01-01';

const dataset = generateDataset();
const t = dataset.tables;
const units = new Map(t.unit.map((u) => [u.id, u]));
const unitByCode = new Map(t.unit.map((u) => [u.code, u]));
const posts = new Map(t.post.map((p) => [p.id, p]));
const cadres = new Map(t.cadre.map((c) => [c.id, c]));
const courseCode = new Map(t.training_course.map((c) => [c.id, c.code]));
const current = t.assignment.filter((a) => a.to_date === null);
const historyOf = groupBy(t.assignment, (a) => a.cadre_id);
const completionsOf = groupBy(t.training_completion, (c) => c.cadre_id);
for (const list of historyOf.values()) list.sort((a, b) => a.from_date.localeCompare(b.from_date));

function of<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  return lookup(map, key, 'row');
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item)) ?? [];
    list.push(item);
    map.set(key(item), list);
  }
  return map;
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

function ageOn(birth: string, on: string): number {
  const [by, bm, bd] = birth.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The test's own standards check: ordered levels of the contract, Party, courses done before `before`. */
function meets(cadre: CadreRow, standards: PostStandards, before: string): boolean {
  const rank = <T>(list: readonly T[], value: T) => list.indexOf(value);
  const done = (completionsOf.get(cadre.id) ?? [])
    .filter((c) => c.completed_at < before)
    .map((c) => courseCode.get(c.course_id));
  return (
    rank(EDUCATION_LEVELS, cadre.education) >= rank(EDUCATION_LEVELS, standards.minEducation) &&
    rank(POLITICAL_THEORY_LEVELS, cadre.political_theory) >=
      rank(POLITICAL_THEORY_LEVELS, standards.minPoliticalTheory) &&
    rank(STATE_MANAGEMENT_LEVELS, cadre.state_management) >=
      rank(STATE_MANAGEMENT_LEVELS, standards.minStateManagement) &&
    (!standards.partyMember || cadre.party_member) &&
    standards.requiredCourseCodes.every((code) => done.includes(code))
  );
}

function digest(tables: SeedTables): string {
  return createHash('sha256').update(JSON.stringify(tables)).digest('hex');
}

describe('determinism', () => {
  it('gives byte-identical rows for the same seed and size', () => {
    const a = generateDataset({ seed: 'quang-ninh', cadres: 800 });
    const b = generateDataset({ seed: 'quang-ninh', cadres: 800 });
    expect(digest(a.tables)).toBe(digest(b.tables));
    expect(digest(generateDataset().tables)).toBe(digest(t));
  });

  it('gives different rows for a different seed', () => {
    const a = generateDataset({ seed: 'quang-ninh', cadres: 800 });
    const b = generateDataset({ seed: 'hai-ha', cadres: 800 });
    expect(digest(a.tables)).not.toBe(digest(b.tables));
    const same = a.tables.cadre.filter((c, i) => c.full_name === b.tables.cadre[i].full_name).length;
    expect(same).toBeLessThan(40);
    // The organisation itself does not depend on the seed.
    expect(a.tables.unit.map((u) => u.code)).toEqual(b.tables.unit.map((u) => u.code));
    expect(a.tables.post.map((p) => p.code)).toEqual(b.tables.post.map((p) => p.code));
  });

  it('refuses a size the organisation cannot be staffed with', () => {
    expect(() => generateDataset({ cadres: 10 })).toThrow(/cadres must be an integer from 600/);
    expect(() => generateDataset({ cadres: 1500.5 })).toThrow(RangeError);
  });
});

describe('the organisation of Đầm Hà', () => {
  const communes = ['DH-TT', 'DH-XDH', 'DH-QA', 'DH-QL', 'DH-QT', 'DH-TB', 'DH-TL', 'DH-DB', 'DH-DY'];

  it('has Quảng Ninh → Đầm Hà → its 9 commune-level units and the district agencies', () => {
    const province = of(unitByCode, 'QN');
    const district = of(unitByCode, 'DH');
    expect(province).toMatchObject({ level: 'province', parent_id: null, name: 'Tỉnh Quảng Ninh' });
    expect(district).toMatchObject({ level: 'district', parent_id: province.id, name: 'Huyện Đầm Hà' });
    const communeUnits = t.unit.filter((u) => u.level === 'commune');
    expect(communeUnits.map((u) => u.code).sort()).toEqual([...communes].sort());
    expect(communeUnits.map((u) => u.name)).toEqual(
      expect.arrayContaining(['Thị trấn Đầm Hà', 'Xã Đầm Hà', 'Xã Quảng An', 'Xã Quảng Lâm', 'Xã Dực Yên']),
    );
    for (const u of communeUnits) expect(u.parent_id).toBe(district.id);
    // Each commune governs its own locality, distinct from the district's and from each other's.
    const localities = new Set(communeUnits.map((u) => u.locality_code));
    expect(localities.size).toBe(9);
    expect(localities.has(district.locality_code)).toBe(false);
    const agencies = t.unit.filter((u) => u.level === 'agency');
    expect(agencies.map((u) => u.name)).toEqual(
      expect.arrayContaining([
        'Văn phòng HĐND và UBND huyện',
        'Cơ quan Tổ chức - Nội vụ',
        'Trung tâm Chính trị huyện',
        'Ban Tuyên giáo Huyện ủy',
        'Ủy ban Kiểm tra Huyện ủy',
      ]),
    );
    for (const a of agencies)
      expect(a).toMatchObject({ parent_id: district.id, locality_code: district.locality_code });
    expect(new Set(t.unit.map((u) => u.code)).size).toBe(t.unit.length);
  });

  it('gives every commune a secretary and a chairman post that require a non-local holder, and only those', () => {
    for (const code of communes) {
      const unit = of(unitByCode, code);
      const own = t.post.filter((p) => p.unit_id === unit.id);
      expect(own.find((p) => p.code === `${code}-BT`)).toMatchObject({
        title: 'Bí thư Đảng ủy',
        is_head: true,
        requires_non_local: true,
        level: 'commune',
      });
      expect(own.find((p) => p.code === `${code}-CT-UBND`)).toMatchObject({
        title: 'Chủ tịch Ủy ban nhân dân',
        is_head: true,
        requires_non_local: true,
      });
      expect(own.map((p) => p.code)).toEqual(
        expect.arrayContaining([
          `${code}-PBT`,
          `${code}-PCT-UBND`,
          `${code}-CT-HDND`,
          `${code}-VP-TK`,
          `${code}-TP-HT`,
        ]),
      );
    }
    expect(t.post.filter((p) => p.requires_non_local)).toHaveLength(18);
  });

  it('has standards on the contract vocabulary, naming existing courses', () => {
    const codes = new Set(t.training_course.map((c) => c.code));
    expect(codes.has('CT05')).toBe(true);
    expect(
      must(
        t.training_course.find((c) => c.code === 'CT05'),
        'row',
      ).title,
    ).toContain('Chỉ thị 05-CT/TW');
    for (const p of t.post) {
      expect(EDUCATION_LEVELS).toContain(p.standards.minEducation);
      expect(POLITICAL_THEORY_LEVELS).toContain(p.standards.minPoliticalTheory);
      expect(STATE_MANAGEMENT_LEVELS).toContain(p.standards.minStateManagement);
      for (const code of p.standards.requiredCourseCodes) expect(codes.has(code)).toBe(true);
    }
    const communeHead = must(
      t.post.find((p) => p.code === 'DH-QA-BT'),
      'row',
    ).standards;
    expect(communeHead).toMatchObject({
      minEducation: 'bachelor',
      minPoliticalTheory: 'intermediate',
      minStateManagement: 'specialist',
      partyMember: true,
    });
    expect(communeHead.requiredCourseCodes).toContain('CT05');
    const districtHead = must(
      t.post.find((p) => p.code === 'DH-BT-HU'),
      'row',
    ).standards;
    expect(districtHead).toMatchObject({ minPoliticalTheory: 'advanced', minStateManagement: 'principal' });
  });
});

describe('the figures Đầm Hà reports', () => {
  it('has exactly 60 rotations in the five years, each to another unit, between communes or district ↔ commune', () => {
    const rotations = t.assignment.filter((a) => a.kind === 'rotation');
    expect(rotations).toHaveLength(60);
    for (const r of rotations) {
      expect(r.from_date >= WINDOW_FROM && r.from_date <= WINDOW_TO).toBe(true);
      const history = of(historyOf, r.cadre_id);
      const before = history[history.indexOf(r) - 1];
      expect(before).toBeDefined();
      expect(before.unit_id).not.toBe(r.unit_id);
      const levels = [of(units, before.unit_id).level, of(units, r.unit_id).level];
      expect(levels).toContain('commune');
    }
    expect(dataset.figures.rotations).toBe(60);
  });

  it('has every commune secretary and chairman held now by exactly one cadre not from that commune', () => {
    for (const post of t.post.filter((p) => p.requires_non_local)) {
      const holders = current.filter((a) => a.post_id === post.id);
      expect(holders).toHaveLength(1);
      const cadre = of(cadres, holders[0].cadre_id);
      expect(cadre.hometown_locality_code).not.toBe(of(units, post.unit_id).locality_code);
    }
    expect(dataset.figures).toMatchObject({ communeHeadPosts: 18, nonLocalCommuneHeads: 18 });
  });

  it('has made commune heads non-local through the period (some were locals in 2021)', () => {
    const localAtStart = t.post
      .filter((p) => p.requires_non_local)
      .filter((p) =>
        t.assignment.some(
          (a) =>
            a.post_id === p.id &&
            a.from_date <= WINDOW_FROM &&
            (a.to_date === null || a.to_date >= WINDOW_FROM) &&
            of(cadres, a.cadre_id).hometown_locality_code === of(units, p.unit_id).locality_code,
        ),
      );
    expect(localAtStart.length).toBeGreaterThan(0);
  });

  it('has every head post held now, by a cadre meeting its standards (courses done before the appointment)', () => {
    const heads = t.post.filter((p) => p.is_head);
    expect(heads.length).toBeGreaterThanOrEqual(18 + 2 + 15);
    for (const post of heads) {
      const holders = current.filter((a) => a.post_id === post.id);
      expect(holders).toHaveLength(1);
      const cadre = of(cadres, holders[0].cadre_id);
      const firstInPost = must(
        of(historyOf, cadre.id).find((a) => a.post_id === post.id),
        'assignment',
      );
      expect({
        post: post.code,
        cadre: cadre.code,
        meets: meets(cadre, post.standards, firstInPost.from_date),
      }).toEqual({
        post: post.code,
        cadre: cadre.code,
        meets: true,
      });
    }
    expect(dataset.figures.headsMeetingStandards).toBe(dataset.figures.currentHeads);
  });

  it('has every current holder of any post meeting its level and Party standards', () => {
    for (const a of current) {
      const cadre = of(cadres, a.cadre_id);
      const std = of(posts, a.post_id).standards;
      expect(meets(cadre, { ...std, requiredCourseCodes: [] }, AS_OF)).toBe(true);
    }
  });
});

describe('assignment history', () => {
  it('has at most one current assignment per cadre, and one for every active cadre', () => {
    const perCadre = groupBy(current, (a) => a.cadre_id);
    for (const list of perCadre.values()) expect(list).toHaveLength(1);
    for (const c of t.cadre) expect(perCadre.has(c.id)).toBe(c.status === 'active');
  });

  it('is continuous and never overlaps for a cadre', () => {
    for (const history of historyOf.values()) {
      for (let i = 0; i < history.length; i++) {
        const a = history[i];
        if (a.to_date !== null) expect(a.to_date >= a.from_date).toBe(true);
        if (i < history.length - 1) {
          expect(a.to_date).not.toBeNull();
          expect(history[i + 1].from_date).toBe(nextDay(String(a.to_date)));
        }
      }
    }
  });

  it('never seats two holders at once on a single-holder post', () => {
    for (const post of t.post.filter((p) => p.is_head)) {
      const spans = t.assignment
        .filter((a) => a.post_id === post.id)
        .sort((a, b) => a.from_date.localeCompare(b.from_date));
      for (let i = 1; i < spans.length; i++)
        expect(String(spans[i - 1].to_date) < spans[i].from_date).toBe(true);
    }
  });

  it('ends a retired cadre the day before the retirement date of the Labour Code', () => {
    const retired = t.cadre.filter((c) => c.status === 'retired');
    expect(retired.length).toBeGreaterThan(0);
    for (const c of retired) {
      const last = must(of(historyOf, c.id).at(-1), 'assignment');
      expect(nextDay(String(last.to_date))).toBe(retirementDate(c.gender, c.birth_date));
    }
  });

  it('records rotations, appointments, transfers and reappointments with decision numbers', () => {
    const kinds = new Set(t.assignment.filter((a) => a.from_date >= WINDOW_FROM).map((a) => a.kind));
    expect([...kinds].sort()).toEqual(['appointment', 'reappointment', 'rotation', 'transfer']);
    for (const a of t.assignment) expect(a.decision_ref).toMatch(/^\d+(-QĐ\/(HU|TU)|\/QĐ-UBND)$/);
    for (const r of t.assignment.filter((a) => a.kind === 'rotation'))
      expect(r.decision_ref).toMatch(/-QĐ\/HU$/);
  });
});

describe('planning for 2025-2030', () => {
  it('has at most 3 candidates per planned post and at most 3 planned posts per cadre', () => {
    expect(t.planning_entry.length).toBeGreaterThan(100);
    for (const list of groupBy(t.planning_entry, (e) => `${e.post_id}/${e.term}`).values())
      expect(list.length).toBeLessThanOrEqual(3);
    for (const list of groupBy(t.planning_entry, (e) => `${e.cadre_id}/${e.term}`).values())
      expect(list.length).toBeLessThanOrEqual(3);
    expect(new Set(t.planning_entry.map((e) => `${e.cadre_id}/${e.post_id}/${e.term}`)).size).toBe(
      t.planning_entry.length,
    );
    for (const e of t.planning_entry) expect(e.term).toBe('2025-2030');
  });

  it('plans active cadres who do not hold the post, non-locals for commune heads, and meets the structure targets', () => {
    const open = t.planning_entry.filter((e) => e.to_date === null);
    for (const e of open) {
      const cadre = of(cadres, e.cadre_id);
      const post = of(posts, e.post_id);
      expect(cadre.status).toBe('active');
      expect(current.some((a) => a.cadre_id === cadre.id && a.post_id === post.id)).toBe(false);
      if (post.requires_non_local)
        expect(cadre.hometown_locality_code).not.toBe(of(units, post.unit_id).locality_code);
    }
    const planned = open.map((e) => of(cadres, e.cadre_id));
    expect(planned.filter((c) => c.gender === 'female').length / planned.length).toBeGreaterThanOrEqual(0.25);
    expect(
      planned.filter((c) => ageOn(c.birth_date, AS_OF) < 40).length / planned.length,
    ).toBeGreaterThanOrEqual(0.15);
  });
});

describe('cadres', () => {
  it('has 2,000 cadres by default with unique codes', () => {
    expect(t.cadre).toHaveLength(2000);
    expect(t.cadre[0].code).toBe('CB-0001');
    expect(new Set(t.cadre.map((c) => c.code)).size).toBe(2000);
  });

  it('has Vietnamese names with diacritics and search_name as the folded name', () => {
    for (const c of t.cadre) {
      expect(c.full_name).toBe(c.full_name.normalize('NFC'));
      expect(c.full_name.split(' ').length).toBeGreaterThanOrEqual(3);
      expect(c.search_name).toBe(foldVietnamese(c.full_name));
      expect(c.search_name).toMatch(/^[a-z ]+$/);
    }
    const accented = t.cadre.filter((c) => /\P{ASCII}/u.test(c.full_name)).length;
    expect(accented / t.cadre.length).toBeGreaterThan(0.8);
    const family = groupBy(t.cadre, (c) => c.full_name.split(' ')[0]);
    expect(of(family, 'Nguyễn').length / t.cadre.length).toBeGreaterThan(0.2);
    expect(family.has('Trần') && family.has('Lê') && family.has('Đặng')).toBe(true);
  });

  it('has a realistic mix: 40–45 % women, ages 25–60, mostly local, ethnic minorities present', () => {
    const women = t.cadre.filter((c) => c.gender === 'female').length / t.cadre.length;
    expect(women).toBeGreaterThanOrEqual(0.4);
    expect(women).toBeLessThanOrEqual(0.45);
    for (const c of t.cadre) {
      const age = ageOn(c.birth_date, AS_OF);
      expect(age).toBeGreaterThanOrEqual(25);
      expect(age).toBeLessThanOrEqual(60);
    }
    const districtLocality = of(unitByCode, 'DH').locality_code;
    const local = t.cadre.filter((c) => c.hometown_locality_code.startsWith(`${districtLocality}.`)).length;
    expect(local / t.cadre.length).toBeGreaterThan(0.8);
    expect(local / t.cadre.length).toBeLessThan(0.9);
    const ethnicities = groupBy(t.cadre, (c) => c.ethnicity);
    expect(of(ethnicities, 'Kinh').length / t.cadre.length).toBeGreaterThan(0.6);
    for (const e of ['Dao', 'Tày', 'Sán Chỉ']) expect(ethnicities.has(e)).toBe(true);
    expect(t.cadre.filter((c) => c.status === 'active').length / t.cadre.length).toBeGreaterThan(0.9);
  });
});

describe('records', () => {
  it('rates every year 2021–2025 once per cadre with an assignment', () => {
    const withHistory = new Set(t.assignment.map((a) => a.cadre_id));
    const keys = new Set<string>();
    for (const e of t.evaluation) {
      expect(withHistory.has(e.cadre_id)).toBe(true);
      expect(e.year).toBeGreaterThanOrEqual(2021);
      expect(e.year).toBeLessThanOrEqual(2025);
      keys.add(`${e.cadre_id}/${e.year}`);
    }
    expect(keys.size).toBe(t.evaluation.length);
    const full = t.cadre.filter(
      (c) => c.status === 'active' && of(historyOf, c.id)[0].from_date <= '2021-01-01',
    );
    for (const c of full.slice(0, 200))
      expect(t.evaluation.filter((e) => e.cadre_id === c.id).map((e) => e.year)).toEqual([
        2021, 2022, 2023, 2024, 2025,
      ]);
  });

  it('has 1–2 % discipline records, some cool-offs still running, none followed by a promotion or rotation in cool-off', () => {
    const share = new Set(t.discipline.map((d) => d.cadre_id)).size / t.cadre.length;
    expect(share).toBeGreaterThanOrEqual(0.01);
    expect(share).toBeLessThanOrEqual(0.02);
    const months = { reprimand: 24, warning: 36, removal: 60 } as const;
    expect(t.discipline.some((d) => addMonths(d.decided_at, months[d.form]) > AS_OF)).toBe(true);
    expect(t.discipline.some((d) => d.form === 'removal')).toBe(true);
    for (const d of t.discipline) {
      const end = addMonths(d.decided_at, months[d.form]);
      const later = of(historyOf, d.cadre_id).filter((a) => a.from_date > d.decided_at && a.from_date < end);
      for (const a of later) expect(['transfer', 'reappointment']).toContain(a.kind);
      const rating = t.evaluation.find(
        (e) => e.cadre_id === d.cadre_id && e.year === Number(d.decided_at.slice(0, 4)),
      );
      if (rating) expect(rating.rating).toBe('unsatisfactory');
    }
  });

  it('has training completions once per course and cadre, in the past, with CT05 for most heads', () => {
    expect(new Set(t.training_completion.map((c) => `${c.cadre_id}/${c.course_id}`)).size).toBe(
      t.training_completion.length,
    );
    for (const c of t.training_completion) expect(c.completed_at < AS_OF).toBe(true);
    const ct05 = must(
      t.training_course.find((c) => c.code === 'CT05'),
      'row',
    );
    for (const c of t.training_completion.filter((x) => x.course_id === ct05.id))
      expect(c.completed_at >= '2016-06-01').toBe(true);
    const heads = current.filter((a) => of(posts, a.post_id).is_head);
    const withCt05 = heads.filter((a) =>
      t.training_completion.some((c) => c.cadre_id === a.cadre_id && c.course_id === ct05.id),
    );
    expect(withCt05.length / heads.length).toBeGreaterThan(0.9);
  });

  it('loads the working-day calendar of the rules engine, Tết and the swapped Saturdays included', () => {
    const dates = t.public_holiday.map((h) => h.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect(dates).toEqual(expect.arrayContaining(['2024-02-08', '2025-01-29', '2026-02-17', '2031-09-02']));
    expect(t.public_holiday.filter((h) => h.kind === 'working_day').map((h) => h.date)).toEqual([
      '2024-05-04',
      '2025-04-26',
    ]);
  });
});

describe('against the rules engine (libs/domain)', () => {
  const postFacts = (id: string): PostFacts => {
    const p = of(posts, id);
    const u = of(units, p.unit_id);
    return {
      postCode: p.code,
      unitCode: u.code,
      unitLocalityCode: u.locality_code,
      level: p.level,
      isHead: p.is_head,
      requiresNonLocal: p.requires_non_local,
      standards: p.standards,
    };
  };
  const cadreFacts = (id: string): CadreFacts => {
    const c = of(cadres, id);
    return {
      cadreCode: c.code,
      gender: c.gender,
      birthDate: c.birth_date,
      hometownLocalityCode: c.hometown_locality_code,
      education: c.education,
      politicalTheory: c.political_theory,
      stateManagement: c.state_management,
      partyMember: c.party_member,
      status: c.status,
      completedCourseCodes: (completionsOf.get(id) ?? []).map((x) => of(courseCode, x.course_id)),
      disciplines: t.discipline
        .filter((d) => d.cadre_id === id)
        .map((d) => ({ form: d.form, decidedAt: d.decided_at })),
      evaluations: t.evaluation
        .filter((e) => e.cadre_id === id)
        .map((e) => ({ year: e.year, rating: e.rating })),
      assignments: of(historyOf, id).map((a) => {
        const p = postFacts(a.post_id);
        return {
          kind: a.kind,
          unitCode: p.unitCode,
          unitLocalityCode: p.unitLocalityCode,
          postCode: p.postCode,
          isHead: p.isHead,
          from: a.from_date,
          ...(a.to_date ? { to: a.to_date } : {}),
        };
      }),
      planning: t.planning_entry
        .filter((e) => e.cadre_id === id)
        .map((e) => ({
          postCode: of(posts, e.post_id).code,
          term: e.term,
          from: e.from_date,
          ...(e.to_date ? { to: e.to_date } : {}),
        })),
      confidenceVotes: [],
    };
  };

  it('finds every current head meeting the standards and the non-local rule of its post', () => {
    const rules = [
      'education_standard',
      'political_theory_standard',
      'state_management_standard',
      'required_training',
      'party_membership',
      'non_local_head',
    ];
    for (const a of current.filter((x) => of(posts, x.post_id).is_head)) {
      const result = evaluateEligibility(cadreFacts(a.cadre_id), postFacts(a.post_id), {
        kind: 'appointment',
        asOf: a.from_date,
      });
      const failed = result.checks.filter((c) => rules.includes(c.rule) && !c.passed).map((c) => c.detail);
      expect(failed).toEqual([]);
    }
  });

  it('has most planned candidates eligible for appointment, and an eligible candidate for most planned posts', () => {
    const open = t.planning_entry.filter((e) => e.to_date === null);
    const eligible = open.filter(
      (e) =>
        evaluateEligibility(cadreFacts(e.cadre_id), postFacts(e.post_id), {
          kind: 'appointment',
          asOf: '2026-01-05',
        }).eligible,
    );
    expect(eligible.length / open.length).toBeGreaterThan(0.6);
    expect(eligible.length).toBeLessThan(open.length); // some still miss a standard: the demo shows why
    const plannedPosts = new Set(open.map((e) => e.post_id));
    expect(new Set(eligible.map((e) => e.post_id)).size / plannedPosts.size).toBeGreaterThan(0.8);
  });
});
