import type { Rule } from './rule';
import { ruleCheck } from './rule';

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
      ? `Post ${post.postCode} does not require a non-local holder.`
      : `Post ${post.postCode} must be held by someone not from ${post.unitLocalityCode}; the cadre's ` +
          `hometown is ${cadre.hometownLocalityCode}` +
          (sameLocality ? ', the same locality.' : ', another locality.'),
    params.nonLocalHeads,
    {
      requiresNonLocal: post.requiresNonLocal,
      hometownLocalityCode: cadre.hometownLocalityCode,
      unitLocalityCode: post.unitLocalityCode,
    },
  );
};
