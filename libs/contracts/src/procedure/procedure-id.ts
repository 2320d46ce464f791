/** Codes of cadres, posts, units and users: letters, digits, dot, underscore and dash; 1..64 characters. */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * Whether some code could start with this search text: every start of a code is itself a code, so a
 * registry search for "nguyen van" (a space) or "Nguyễn" (a Vietnamese letter) looks for names alone.
 */
export function mayStartACode(search: string): boolean {
  return CODE_PATTERN.test(search.trim());
}

/**
 * Every procedure's workflow id starts with its kind: `appointment/<post>/<n>`, `rotation/<cadre>/<n>`,
 * `plan/<unit>/<term>`. Segments are codes without slashes, so the id is also a URL path.
 */
export const PROCEDURE_ID_PATTERN = /^[a-z][a-z_]{1,30}(\/[A-Za-z0-9][A-Za-z0-9._-]{0,63}){1,4}$/;

export function procedureKindOf(workflowId: string): string | undefined {
  return PROCEDURE_ID_PATTERN.test(workflowId) ? workflowId.split('/')[0] : undefined;
}
