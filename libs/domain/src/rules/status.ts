import type { Rule } from './rule';
import { ruleCheck } from './rule';

export const ACTIVE_STATUS_CITATION = 'Registry status: only a cadre in service can be decided on (practice)';

/** Only a serving cadre can be planned, appointed or rotated; retired, left or deceased cannot. */
export const activeStatus: Rule = (cadre) =>
  ruleCheck(
    'active_status',
    cadre.status === 'active',
    cadre.status === 'active'
      ? `Cadre ${cadre.cadreCode} is in active service.`
      : `Cadre ${cadre.cadreCode} is not in active service (status: ${cadre.status}).`,
    { citation: ACTIVE_STATUS_CITATION },
    { status: cadre.status },
  );
