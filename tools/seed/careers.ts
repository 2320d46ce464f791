/**
 * Five years of careers (2021-01-01 … 2025-12-31), simulated event by event over a fixed organisation:
 *
 * - On 2021-01-01 every leadership seat is held (appointed 2017–2020) and everybody else in service is
 *   staff. Some commune secretaries and chairmen are locals of their commune then.
 * - Events in date order: recruitment, retirement (Labour Code age), leaving, death, staff transfers,
 *   reappointment after a 5-year term, removal from post (discipline), and 30 rotation rounds of two
 *   rotations each: exactly 60 rotations. The first rounds move the local commune heads out (swaps
 *   between communes, or with district agency leaders), so every commune secretary and chairman is
 *   non-local by the end, as Đầm Hà reported.
 * - A seat left empty is filled the same day, by promotion from the feeder posts, else by transfer; the
 *   chain stops at staff posts, which take any number of holders.
 *
 * Invariants (checked at the end, and by the tests): one current assignment per cadre, a cadre's
 * assignments never overlap and follow each other without a gap, every seat is held by one cadre at a
 * time, every head post has a current holder, commune heads are non-local.
 */
import type { AssignmentKind } from '@personnel/contracts';
import { addMonths, ageOn, day, monthsBetween, weekday, type Day } from './calendar';
import { staffWeight, type PostDef, type UnitDef } from './organisation';
import { AS_OF, WINDOW_END, WINDOW_START, type Person } from './people';
import { WeightedPicker, type Rng } from './prng';
import { lookup, must } from './must';

export const ROTATION_ROUNDS = 30;
export const ROTATIONS = ROTATION_ROUNDS * 2;

export interface UnitSim {
  def: UnitDef;
  locality: string;
}

export interface PostSim {
  def: PostDef;
  index: number;
  unit: UnitSim;
  /** Seat → index of the cadre holding it, or -1. Empty for staff posts. */
  seats: number[];
  /** Cadres who were put on this staff post (stale entries are skipped: check their current post). */
  staff: number[];
  feeders: PostSim[];
}

export interface Segment {
  post: PostSim;
  /** Seat index, or -1 on a staff post. */
  seat: number;
  kind: AssignmentKind;
  from: Day;
  /** Last day, inclusive; null while current. */
  to: Day | null;
}

export interface Career {
  person: Person;
  segments: Segment[];
  end: { status: 'retired' | 'left' | 'deceased'; day: Day } | null;
  /** No leadership post before this day (removal from post: 60 months). */
  noLeadershipUntil: Day;
  /** Removal from post (cách chức) decided on these days. */
  removals: Day[];
}

export interface CareerResult {
  careers: Career[];
  posts: PostSim[];
  rotations: number;
}

type Mode = 'appoint' | 'rotate' | 'rotate-non-local';

const MIN_MONTHS_IN_POST_DAYS = 180;
const INITIAL_FROM = day('2017-01-01');
const INITIAL_TO = day('2020-12-15');

export function simulateCareers(
  rng: Rng,
  people: Person[],
  units: UnitDef[],
  postDefs: PostDef[],
): CareerResult {
  const unitSims = new Map(
    units.map((u) => [u.code, { def: u, locality: u.localityCode } satisfies UnitSim]),
  );
  const posts: PostSim[] = postDefs.map((def, index) => ({
    def,
    index,
    unit: lookup(unitSims, def.unitCode, 'unit'),
    seats: Number.isFinite(def.capacity) ? Array.from({ length: def.capacity }, () => -1) : [],
    staff: [],
    feeders: [],
  }));
  const byCode = new Map(posts.map((p) => [p.def.code, p]));
  for (const p of posts) p.feeders = p.def.feeders.map((code) => lookup(byCode, code, 'feeder post'));
  const careers: Career[] = people.map((person) => ({
    person,
    segments: [],
    end: null,
    noLeadershipUntil: 0,
    removals: [],
  }));

  const staffPosts = posts.filter((p) => p.def.rank === 1);
  const staffPicker = new WeightedPicker(staffPosts.map((p) => [p, staffWeight(p.def)] as const));
  const communeHeads = posts.filter((p) => p.def.requiresNonLocal);
  const isAgencyLeader = (p: PostSim) =>
    p.def.rotatable && p.unit.def.level === 'agency' && (p.def.rank === 2 || p.def.rank === 3);
  const agencyLeaders = posts.filter(isAgencyLeader);
  const communeDeputies = posts.filter(
    (p) => p.def.rotatable && p.def.level === 'commune' && p.def.rank === 2,
  );
  const agencyStaff = staffPosts.filter(
    (p) => p.unit.def.kind !== 'public-service' && p.unit.def.level === 'agency',
  );
  const communeStaff = staffPosts.filter((p) => p.def.level === 'commune');

  const current = (c: Career): Segment | null => {
    if (c.end) return null;
    const last = c.segments[c.segments.length - 1];
    return last && last.to === null ? last : null;
  };
  /** The current assignment of a cadre picked among current holders. */
  const held = (c: Career): Segment => must(current(c), `current assignment of cadre ${c.person.index}`);
  const rankOf = (c: Career) => current(c)?.post.def.rank ?? 0;

  /** Ends the current assignment the day before `d` and starts the new one on `d`; returns the seat left. */
  const move = (c: Career, post: PostSim, seat: number, d: Day, kind: AssignmentKind) => {
    const cur = current(c);
    let vacated: { post: PostSim; seat: number } | null = null;
    if (cur) {
      if (cur.from >= d) throw new Error(`generator bug: ${c.person.index} moved twice on ${d}`);
      cur.to = d - 1;
      if (cur.seat >= 0 && cur.post.seats[cur.seat] === c.person.index) {
        cur.post.seats[cur.seat] = -1;
        vacated = { post: cur.post, seat: cur.seat };
      }
    }
    c.segments.push({ post, seat, kind, from: d, to: null });
    if (seat >= 0) post.seats[seat] = c.person.index;
    else post.staff.push(c.person.index);
    return vacated;
  };

  const leave = (c: Career, d: Day, status: 'retired' | 'left' | 'deceased') => {
    const cur = current(c);
    if (!cur || cur.from >= d) return null;
    cur.to = d - 1;
    c.end = { status, day: d };
    if (cur.seat >= 0 && cur.post.seats[cur.seat] === c.person.index) {
      cur.post.seats[cur.seat] = -1;
      return { post: cur.post, seat: cur.seat };
    }
    return null;
  };

  const eligible = (c: Career, post: PostSim, d: Day, mode: Mode): boolean => {
    const cur = current(c);
    if (!cur || cur.post === post || cur.from > d - MIN_MONTHS_IN_POST_DAYS) return false;
    // A rotation lasts at least 36 months (QĐ 65).
    if (cur.kind === 'rotation' && d < addMonths(cur.from, 36)) return false;
    const p = c.person;
    const def = post.def;
    if (def.requiresNonLocal && p.hometown === post.unit.locality) return false;
    if (def.gender && p.gender !== def.gender) return false;
    if (def.rank >= 2 && d < c.noLeadershipUntil) return false;
    if (mode === 'appoint' && cur.post.def.rank > def.rank) return false;
    // Service left: 10 years for a rotation, one term if it serves the non-local rule (QĐ 65, NĐ 138
    // Art. 56); 60 months for a leadership appointment (HD 06); a year for staff moves.
    const monthsLeft = monthsBetween(d, p.retire);
    const needed = mode === 'rotate' ? 120 : mode === 'rotate-non-local' ? 60 : def.rank >= 2 ? 60 : 12;
    if (monthsLeft < needed) return false;
    const age = ageOn(p.birth, d);
    if (age < def.minAgeAtStart) return false;
    if (def.maxAgeAtStart !== undefined && age > def.maxAgeAtStart) return false;
    return true;
  };

  /** Current holders (seats) or staff of a post. */
  const holdersOf = (post: PostSim): number[] => {
    if (post.seats.length > 0) return post.seats.filter((i) => i >= 0);
    return post.staff;
  };

  /** A random eligible cadre among the holders of `pool`, or null. Large pools are sampled first. */
  const pickFrom = (pool: PostSim[], accept: (c: Career) => boolean): Career | null => {
    const lists = pool.map(holdersOf);
    const total = lists.reduce((sum, l) => sum + l.length, 0);
    const ok = (i: number) => {
      const c = careers[i];
      const cur = current(c);
      return cur !== null && pool.includes(cur.post) && accept(c);
    };
    if (total > 400) {
      for (let attempt = 0; attempt < 200; attempt++) {
        let k = Math.floor(rng.next() * total);
        let l = 0;
        while (k >= lists[l].length) k -= lists[l++].length;
        if (ok(lists[l][k])) return careers[lists[l][k]];
      }
    }
    const found = new Set<number>();
    for (const list of lists) for (const i of list) if (!found.has(i) && ok(i)) found.add(i);
    return found.size > 0 ? careers[rng.pick([...found])] : null;
  };

  const unitPosts = (unitCode: string) => posts.filter((p) => p.def.unitCode === unitCode);

  /** Where successors for a seat come from, nearest first. */
  const successorPools = (post: PostSim): PostSim[][] => {
    const def = post.def;
    const pools: PostSim[][] = [post.feeders];
    if (def.level === 'commune' && def.rank === 3) {
      const suffixes = post.feeders.map((f) => f.def.code.slice(f.def.unitCode.length));
      pools.push(
        posts.filter((p) => p.def.level === 'commune' && suffixes.some((s) => p.def.code.endsWith(s))),
      );
      pools.push(agencyLeaders);
    } else if (def.level === 'commune') {
      pools.push(unitPosts(def.unitCode).filter((p) => p.def.rank === 1));
      pools.push(communeStaff);
      pools.push(agencyStaff);
    } else if (post.unit.def.kind === 'district') {
      pools.push(posts.filter((p) => p.unit.def.level === 'agency' && p.def.rank === 3));
      pools.push(posts.filter((p) => p.unit.def.level === 'agency' && p.def.rank === 2));
    } else if (def.rank === 3) {
      pools.push(posts.filter((p) => p.unit.def.kind === post.unit.def.kind && p.def.rank === 2));
      pools.push(posts.filter((p) => p.unit.def.level === 'agency' && p.def.rank === 2));
    } else {
      pools.push(unitPosts(def.unitCode).filter((p) => p.def.rank === 1));
      pools.push(staffPosts.filter((p) => p.unit.def.kind === post.unit.def.kind));
    }
    pools.push(posts.filter((p) => p.def.rank < def.rank || (p.def.rank === def.rank && def.rank === 1)));
    return pools;
  };
  const poolCache = new Map<PostSim, PostSim[][]>();

  const fill = (post: PostSim, seat: number, d: Day, depth = 0): void => {
    if (depth > 8) throw new Error(`generator bug: vacancy chain too long at ${post.def.code}`);
    let pools = poolCache.get(post);
    if (!pools) poolCache.set(post, (pools = successorPools(post)));
    let chosen: Career | null = null;
    for (const pool of pools) {
      chosen = pickFrom(pool, (c) => eligible(c, post, d, 'appoint'));
      if (chosen) break;
    }
    if (!chosen) {
      const all = careers.filter((c) => eligible(c, post, d, 'appoint'));
      if (all.length === 0)
        throw new Error(`not enough cadres to fill ${post.def.code} on ${d}: generate more cadres`);
      chosen = rng.pick(all);
    }
    const kind: AssignmentKind = rankOf(chosen) < post.def.rank ? 'appointment' : 'transfer';
    const vacated = move(chosen, post, seat, d, kind);
    if (vacated) fill(vacated.post, vacated.seat, d, depth + 1);
  };

  // ---- 2021-01-01: leadership seats, then staff ----------------------------------------------------
  const inService = careers.filter((c) => c.person.careerStart < WINDOW_START);
  const placed = new Set<number>();
  const initialLocal = new Set(rng.shuffle([...communeHeads]).slice(0, 8));
  const seatsInOrder = [...posts]
    .filter((p) => p.seats.length > 0)
    .sort((a, b) => b.def.rank - a.def.rank || a.index - b.index);
  for (const post of seatsInOrder) {
    for (let seat = 0; seat < post.seats.length; seat++) {
      const from = weekday(rng.int(INITIAL_FROM, INITIAL_TO));
      const local = initialLocal.has(post);
      const fits = (c: Career) => {
        const p = c.person;
        if (placed.has(p.index) || p.careerStart > from - 730) return false;
        if (post.def.requiresNonLocal && (p.hometown === post.unit.locality) !== local) return false;
        if (post.def.gender && p.gender !== post.def.gender) return false;
        const age = ageOn(p.birth, from);
        if (
          age < post.def.minAgeAtStart ||
          (post.def.maxAgeAtStart !== undefined && age > post.def.maxAgeAtStart)
        )
          return false;
        if (monthsBetween(from, p.retire) < 60) return false;
        // Local heads stay long enough to be rotated out (one term of service left at the rotation).
        return monthsBetween(WINDOW_START, p.retire) >= (local ? 108 : 24);
      };
      let chosen: Career | null = null;
      for (let attempt = 0; attempt < 300 && !chosen; attempt++) {
        const c = rng.pick(inService);
        if (fits(c)) chosen = c;
      }
      if (!chosen) {
        const all = inService.filter(fits);
        if (all.length === 0)
          throw new Error(`not enough cadres to seat ${post.def.code}: generate more cadres`);
        chosen = rng.pick(all);
      }
      placed.add(chosen.person.index);
      move(chosen, post, seat, from, 'appointment');
    }
  }
  for (const c of inService) {
    if (!placed.has(c.person.index)) move(c, staffPicker.pick(rng), -1, c.person.careerStart, 'appointment');
  }

  // ---- events, in date order -----------------------------------------------------------------------
  type Event = { day: Day; order: number; seq: number; run: () => void };
  const events: Event[] = [];
  const at = (d: Day, order: number, run: () => void) =>
    events.push({ day: d, order, seq: events.length, run });

  for (const c of careers) {
    const p = c.person;
    if (p.careerStart >= WINDOW_START)
      at(p.careerStart, 6, () => move(c, staffPicker.pick(rng), -1, p.careerStart, 'appointment'));
    if (p.retire > WINDOW_START && p.retire <= AS_OF)
      at(p.retire, 0, () => {
        const vacated = leave(c, p.retire, 'retired');
        if (vacated) fill(vacated.post, vacated.seat, p.retire);
      });
    if (p.fate) {
      const { status, day: d } = p.fate;
      at(d, 0, () => {
        const vacated = leave(c, d, status);
        if (vacated) fill(vacated.post, vacated.seat, d);
      });
    }
    if (p.staffTransfer !== null) {
      const d = weekday(p.staffTransfer);
      at(d, 5, () => {
        const cur = current(c);
        if (!cur || cur.post.def.rank !== 1 || cur.from > d - 365) return;
        const target = staffPicker.pick(rng);
        if (target.unit === cur.post.unit || !eligible(c, target, d, 'appoint')) return;
        move(c, target, -1, d, 'transfer');
      });
    }
    // Appointed posts are held for 5-year terms: reappointment when the term ends within the window.
    const first = c.segments[0];
    if (first && first.seat >= 0 && first.post.def.appointed) {
      const d = addMonths(first.from, 60);
      if (d <= WINDOW_END)
        at(d, 1, () => {
          if (current(c) === first) move(c, first.post, first.seat, d, 'reappointment');
        });
    }
  }

  // Removal from post (cách chức): rare, always of a deputy, who goes back to a staff post of the unit.
  const removals = Math.max(1, Math.round(people.length / 1000));
  const deputyPosts = posts.filter((p) => p.def.rank === 2 && p.unit.def.kind !== 'district');
  for (let i = 0; i < removals; i++) {
    const d = weekday(rng.int(WINDOW_START + 90, WINDOW_END - 30));
    at(d, 2, () => {
      const c = pickFrom(deputyPosts, (x) => {
        const cur = held(x);
        return cur.from <= d - 365 && (cur.kind !== 'rotation' || d >= addMonths(cur.from, 36));
      });
      if (!c) return;
      const cur = held(c);
      const staff = unitPosts(cur.post.def.unitCode).filter((p) => p.def.rank === 1);
      const vacated = move(c, rng.pick(staff), -1, d, 'transfer');
      c.noLeadershipUntil = addMonths(d, 60);
      c.removals.push(d);
      if (vacated) fill(vacated.post, vacated.seat, d);
    });
  }

  // Rotation rounds: stratified over the five years, each moves two cadres.
  let rotations = 0;
  const span = WINDOW_END - 30 - WINDOW_START;
  for (let i = 0; i < ROTATION_ROUNDS; i++) {
    const d = weekday(WINDOW_START + 14 + Math.floor(((i + rng.next()) * span) / ROTATION_ROUNDS));
    at(d, 3, () => {
      rotations += rotationRound(d);
    });
  }

  /** In post a year, out of a rotation's 36 months, and 10 years of service left. */
  const canRotate = (c: Career, d: Day) => {
    const cur = current(c);
    return (
      cur !== null &&
      cur.from <= d - 365 &&
      (cur.kind !== 'rotation' || d >= addMonths(cur.from, 36)) &&
      monthsBetween(d, c.person.retire) >= 120
    );
  };

  const swap = (a: Career, b: Career, d: Day) => {
    const sa = held(a);
    const sb = held(b);
    move(a, sb.post, sb.seat, d, 'rotation');
    move(b, sa.post, sa.seat, d, 'rotation');
  };
  const seatHolder = (post: PostSim) => post.seats.filter((i) => i >= 0).map((i) => careers[i]);
  const isLocalHead = (post: PostSim) =>
    seatHolder(post).some((c) => c.person.hometown === post.unit.locality);

  /** Tries the swaps of one round in order; falls back to two staff rotations. Returns rotations made. */
  function rotationRound(d: Day): number {
    const tries: (() => boolean)[] = [];
    const localHeads = rng.shuffle(communeHeads.filter(isLocalHead));
    if (localHeads.length > 0) {
      for (const post of localHeads) {
        const a = seatHolder(post)[0];
        const role = roleOf(post);
        // Two local heads of the same role swap communes: both become non-local.
        tries.push(() => {
          const partners = localHeads.filter((p) => p !== post && roleOf(p) === role);
          for (const other of rng.shuffle([...partners])) {
            const b = seatHolder(other)[0];
            if (eligible(a, other, d, 'rotate-non-local') && eligible(b, post, d, 'rotate-non-local')) {
              swap(a, b, d);
              return true;
            }
          }
          return false;
        });
        // Or the local head goes to a district agency and an agency leader comes to the commune.
        tries.push(() => {
          const b = pickFrom(agencyLeaders, (x) => {
            const seg = held(x);
            return eligible(x, post, d, 'rotate-non-local') && eligible(a, seg.post, d, 'rotate-non-local');
          });
          if (!b) return false;
          swap(a, b, d);
          return true;
        });
      }
    } else {
      const kinds = rng.shuffle(['district-commune', 'heads', 'deputies', 'agency-head'] as const);
      for (const kind of kinds) {
        tries.push(() => {
          const [left, right] =
            kind === 'district-commune'
              ? [communeDeputies, agencyLeaders.filter((p) => p.def.rank === 2)]
              : kind === 'heads'
                ? [communeHeads, communeHeads]
                : kind === 'deputies'
                  ? [communeDeputies, communeDeputies]
                  : [communeHeads, agencyLeaders.filter((p) => p.def.rank === 3)];
          const a = pickFrom(left, (x) => canRotate(x, d));
          if (!a) return false;
          const sa = held(a);
          const sameRole = kind === 'heads' || kind === 'deputies';
          const b = pickFrom(right, (x) => {
            const sb = held(x);
            return (
              sb.post.unit !== sa.post.unit &&
              (!sameRole || roleOf(sb.post) === roleOf(sa.post)) &&
              eligible(x, sa.post, d, 'rotate') &&
              eligible(a, sb.post, d, 'rotate')
            );
          });
          if (!b) return false;
          swap(a, b, d);
          return true;
        });
      }
    }
    for (const attempt of tries) if (attempt()) return 2;
    // Fallback: two staff rotations between the district's agencies and the communes.
    let made = 0;
    for (let n = 0; n < 2; n++) {
      const toCommune = rng.chance(0.6);
      const target = rng.pick(toCommune ? communeStaff : agencyStaff);
      const c = pickFrom(toCommune ? agencyStaff : communeStaff, (x) => eligible(x, target, d, 'rotate'));
      if (!c) throw new Error(`no cadre can be rotated on ${d}: generate more cadres`);
      move(c, target, -1, d, 'rotation');
      made++;
    }
    return made;
  }

  events.sort((a, b) => a.day - b.day || a.order - b.order || a.seq - b.seq);
  for (const event of events) event.run();

  // ---- invariants ----------------------------------------------------------------------------------
  if (rotations !== ROTATIONS)
    throw new Error(`generator bug: ${rotations} rotations instead of ${ROTATIONS}`);
  for (const post of posts) {
    if (post.def.isHead && post.seats.some((s) => s < 0))
      throw new Error(`generator bug: ${post.def.code} empty`);
    if (post.def.requiresNonLocal && isLocalHead(post))
      throw new Error(`generator bug: ${post.def.code} still held by a local cadre`);
  }
  return { careers, posts, rotations };
}

/** The post's code without its unit: "-BT", "-CT-UBND", "-PTR"… */
function roleOf(post: PostSim): string {
  return post.def.code.slice(post.def.unitCode.length);
}
