import type { CandidateMove } from './candidate-moves';
import type { HeadPostState } from './head-posts';
import { BinaryModel, type Term } from './lp-model';

/** The MIP of a plan and how to read its columns back. */
export interface RotationModel {
  model: BinaryModel;
  /** Column of each candidate move, in candidate order. */
  moveColumns: string[];
}

/**
 * min  Σ x[c,p] + M · Σ t[p]·s[p]    fewest moves; t[p] = targets post p fails, M > any number of moves,
 *                                    so meeting one more target always beats saving moves
 * s.t. Σ_p x[c,p] ≤ 1                every cadre: moves at most once
 *      Σ_c x[c,p] ≤ 1                every head post: one holder (the incoming move replaces the holder)
 *      Σ_c x[c,p] + s[p] ≥ 1         every failing post: its holder fails a target, or it is vacant
 *      Σ_c x[c,p] − Σ_q x[h,q] ≥ 0   every head post p held by h: if h leaves, someone must come in
 * x are the candidate moves the rules engine accepted; a pair it refused is not a variable at all.
 */
export function rotationModel(
  headPosts: readonly HeadPostState[],
  candidates: readonly CandidateMove[],
): RotationModel {
  const model = new BinaryModel();
  const penalty = candidates.length + 1;
  const moveColumns = candidates.map((_, i) => model.addColumn(`x${i}`, 1));
  const into = new Map<HeadPostState, Term[]>();
  const outOf = new Map<string, Term[]>();
  candidates.forEach((candidate, i) => {
    const term = { coefficient: 1, column: moveColumns[i] };
    push(into, candidate.to, term);
    push(outOf, candidate.cadre.facts.cadreCode, term);
  });

  for (const terms of outOf.values()) if (terms.length > 1) model.addRow(terms, '<=', 1);
  headPosts.forEach((post, i) => {
    const incoming = into.get(post) ?? [];
    if (incoming.length > 1) model.addRow(incoming, '<=', 1);
    if (post.failing.length > 0 && incoming.length > 0) {
      // 1 = the post stays unmet; plan-rotations.ts reads that back as "no move into it".
      // Weighted by the targets the post fails: one move into it may meet two at once.
      const slack = model.addColumn(`s${i}`, penalty * post.failing.length);
      model.addRow([...incoming, { coefficient: 1, column: slack }], '>=', 1);
    }
    for (const holder of post.holders) {
      const leaving = outOf.get(holder.cadre.facts.cadreCode) ?? [];
      if (leaving.length > 0)
        model.addRow([...incoming, ...leaving.map((t) => ({ ...t, coefficient: -1 }))], '>=', 0);
    }
  });
  return { model, moveColumns };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
