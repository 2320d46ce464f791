import type { FactReader } from './fact-reader';
import { str } from './fact-reader';
import { isPartyPost, partyCommittee, stateCommittee, type IssuingBody } from './issuing-body';

/**
 * The committee that decides a procedure, and so lays out its papers: planning and confidence votes are
 * the Party committee's (QĐ 50 / QĐ 377, QĐ 96); an appointment or a rotation is the Party's for a
 * Party post and the People's Committee's otherwise.
 */
export function procedureIssuer(r: FactReader): IssuingBody {
  const { district, province, procedureKind } = r.facts;
  if (procedureKind === 'plan' || procedureKind === 'confidence_vote')
    return partyCommittee(district, province);
  const proposed = r.first('proposed')?.payload ?? {};
  const postCode = procedureKind === 'rotation' ? str(proposed.toPostId) : str(proposed.postId);
  const post = postCode ? r.facts.posts[postCode] : undefined;
  if (post && isPartyPost(post.title, post.unitName)) return partyCommittee(district, province);
  return stateCommittee(district);
}
