/**
 * Workflow ids say what they are: `nomination/<cadreId>/<postId>/<n>`, where n counts the nominations of
 * that cadre to that post. Ids of cadres and posts are restricted so the id stays unambiguous to split.
 */
export const NOMINATION_ID_PREFIX = 'nomination';

/** Codes of cadres, posts and users: letters, digits, dot, underscore and dash; 1..64 characters. */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export interface NominationIdParts {
  cadreId: string;
  postId: string;
  sequence: number;
}

export function formatNominationId(parts: NominationIdParts): string {
  return `${NOMINATION_ID_PREFIX}/${parts.cadreId}/${parts.postId}/${parts.sequence}`;
}

export function parseNominationId(id: string): NominationIdParts | undefined {
  const segments = id.split('/');
  if (segments.length !== 4 || segments[0] !== NOMINATION_ID_PREFIX) return undefined;
  const [, cadreId, postId, n] = segments;
  if (!CODE_PATTERN.test(cadreId) || !CODE_PATTERN.test(postId) || !/^[1-9][0-9]{0,8}$/.test(n))
    return undefined;
  return { cadreId, postId, sequence: Number(n) };
}
