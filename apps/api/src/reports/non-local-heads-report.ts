import type { NonLocalHeadsReport } from '@personnel/contracts';
import { checkNonLocalHolder } from '@personnel/domain';
import type { HeadHoldingFacts } from '@personnel/persistence';
import { share } from './report-share';

/** The non-local figure, each holder judged by the domain's non-local rule (the procedures' own). */
export function nonLocalHeadsReport(asOf: string, holdings: HeadHoldingFacts[]): NonLocalHeadsReport {
  const posts = holdings.map((h) => ({
    ...h.holding,
    hometownLocalityCode: h.hometown.localityCode,
    hometownName: h.hometown.name,
    unitLocalityCode: h.unitLocalityCode,
    nonLocal: checkNonLocalHolder(h.cadre, h.post, asOf).passed,
  }));
  const nonLocal = posts.filter((p) => p.nonLocal).length;
  return { asOf, heads: posts.length, nonLocal, share: share(nonLocal, posts.length), posts };
}
