import type { Rule } from './rule';
import { ruleCheck, sentence } from './rule';

export const ACTIVE_STATUS_CITATION = 'Registry status: only a cadre in service can be decided on (practice)';

/** Only a serving cadre can be planned, appointed or rotated; retired, left or deceased cannot. */
export const activeStatus: Rule = (cadre) =>
  ruleCheck(
    'active_status',
    cadre.status === 'active',
    cadre.status === 'active'
      ? sentence('active_status.active', {}, `Cadre ${cadre.cadreCode} is in active service.`)
      : sentence(
          'active_status.inactive',
          { status: cadre.status },
          `Cadre ${cadre.cadreCode} is not in active service (status: ${cadre.status}).`,
        ),
    { citation: ACTIVE_STATUS_CITATION },
    { status: cadre.status },
  );
