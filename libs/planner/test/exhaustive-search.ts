import type { PlannerPost, RotationMove, RotationPlannerFacts, RotationReason } from '@personnel/contracts';
import { servesHeadRule } from '@personnel/contracts';
import { evaluateEligibility } from '@personnel/domain';

/**
 * The reference optimum by brute force: every set of rotations (each cadre at most once, each head post
 * receiving at most one) into head posts of another unit that the rules engine accepts, none leaving a
 * head post vacant; the best has the fewest unmet targets, then the fewest moves. Exponential: small
 * instances only.
 */
export interface Optimum {
  unmet: number;
  moves: RotationMove[];
  /** Move sets looked at. */
  explored: number;
}

interface Option {
  cadreId: string;
  fromPostId: string;
  to: PlannerPost;
  reason: RotationReason;
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`missing ${what}`);
  return value;
}

export function exhaustiveOptimum(facts: RotationPlannerFacts): Optimum {
  const q = { kind: 'rotation' as const, asOf: facts.asOf };
  const byCode = new Map(facts.cadres.map((c) => [c.facts.cadreCode, c]));
  const unitOf = new Map(facts.posts.map((p) => [p.facts.postCode, p.facts.unitCode]));
  const heads = facts.posts.filter((p) => p.singleHolder && (p.facts.isHead || p.facts.requiresNonLocal));
  const status = new Map(
    heads.map((p) => {
      const checks = p.holderIds.map((h) => {
        const r = evaluateEligibility(must(byCode.get(h), h).facts, p.facts, q);
        const passed = (rule: string) =>
          must(
            r.checks.find((c) => c.rule === rule),
            rule,
          ).passed;
        return { nonLocal: passed('non_local_head'), terms: passed('consecutive_head_terms') };
      });
      return [p.facts.postCode, checks];
    }),
  );
  // The most lenient reason the destination justifies: a head rule needs only one term of service left.
  const reasonFor = (p: PlannerPost): RotationReason =>
    p.facts.requiresNonLocal
      ? 'non_local_rule'
      : must(status.get(p.facts.postCode), p.facts.postCode).some((s) => !s.terms)
        ? 'two_term_rule'
        : 'development';

  const optionsByCadre: Option[][] = [];
  for (const cadre of facts.cadres) {
    const fromPostId = cadre.currentPostId;
    if (fromPostId === null) continue;
    const options = heads
      .filter((p) => p.facts.unitCode !== unitOf.get(fromPostId))
      .map((to) => ({
        cadreId: cadre.facts.cadreCode,
        fromPostId,
        to,
        reason: reasonFor(to),
      }))
      .filter(
        (o) =>
          evaluateEligibility(cadre.facts, o.to.facts, { ...q, servesNonLocalRule: servesHeadRule(o.reason) })
            .eligible,
      );
    if (options.length > 0) optionsByCadre.push(options);
  }

  const unmetOf = (chosen: Option[]): number | null => {
    const into = new Set(chosen.map((o) => o.to.facts.postCode));
    const movers = new Set(chosen.map((o) => o.cadreId));
    let unmet = 0;
    for (const p of heads) {
      const code = p.facts.postCode;
      if (into.has(code)) continue;
      const left = p.holderIds.some((h) => movers.has(h));
      if (left) return null; // a head post vacated and not refilled: not a valid plan
      const holders = must(status.get(code), code);
      if (p.facts.requiresNonLocal && (holders.length === 0 || holders.some((h) => !h.nonLocal))) unmet++;
      if (holders.some((h) => !h.terms)) unmet++;
    }
    return unmet;
  };

  let best: { unmet: number; chosen: Option[] } | null = null;
  let explored = 0;
  const taken = new Set<string>();
  const chosen: Option[] = [];
  const visit = (i: number) => {
    if (i === optionsByCadre.length) {
      explored++;
      const unmet = unmetOf(chosen);
      if (
        unmet !== null &&
        (!best || unmet < best.unmet || (unmet === best.unmet && chosen.length < best.chosen.length))
      )
        best = { unmet, chosen: [...chosen] };
      return;
    }
    visit(i + 1);
    for (const option of optionsByCadre[i]) {
      const code = option.to.facts.postCode;
      if (taken.has(code)) continue;
      taken.add(code);
      chosen.push(option);
      visit(i + 1);
      chosen.pop();
      taken.delete(code);
    }
  };
  visit(0);
  const found = best as { unmet: number; chosen: Option[] } | null;
  if (!found) throw new Error('no valid plan at all (the empty plan always is one)');
  return {
    unmet: found.unmet,
    explored,
    moves: found.chosen.map((o) => ({
      cadreId: o.cadreId,
      fromPostId: o.fromPostId,
      toUnitCode: o.to.facts.unitCode,
      toPostId: o.to.facts.postCode,
      reason: o.reason,
      months: 36,
      ...(o.to.holderIds.length > 0 ? { replaceHolder: true } : {}),
    })),
  };
}
