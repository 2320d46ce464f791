import type { Rule } from './rule';
import { ruleCheck, sentence } from './rule';

/**
 * Commune Party secretary and People's Committee chairman are not to be from the locality they head
 * (Chỉ thị 45-CT/TW; the Đầm Hà practice). Only posts flagged requiresNonLocal are concerned; for the
 * others the check passes and says so, so every result lists the same rules for a kind.
 */
export const nonLocalHead: Rule = (cadre, post, _question, params) => {
  const sameLocality = cadre.hometownLocalityCode === post.unitLocalityCode;
  const passed = !post.requiresNonLocal || !sameLocality;
  return ruleCheck(
    'non_local_head',
    passed,
    !post.requiresNonLocal
      ? sentence(
          'non_local_head.not_required',
          { postCode: post.postCode },
          `Post ${post.postCode} does not require a non-local holder.`,
        )
      : sentence(
          sameLocality ? 'non_local_head.same_locality' : 'non_local_head.other_locality',
          {
            postCode: post.postCode,
            unitLocality: post.unitLocalityCode,
            hometownLocality: cadre.hometownLocalityCode,
          },
          `Post ${post.postCode} must be held by someone not from ${post.unitLocalityCode}; the cadre's ` +
            `hometown is ${cadre.hometownLocalityCode}` +
            (sameLocality ? ', the same locality.' : ', another locality.'),
        ),
    params.nonLocalHeads,
    {
      requiresNonLocal: post.requiresNonLocal,
      hometownLocalityCode: cadre.hometownLocalityCode,
      unitLocalityCode: post.unitLocalityCode,
    },
  );
};
