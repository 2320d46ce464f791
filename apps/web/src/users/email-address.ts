/**
 * The panel's copy of libs/contracts `normaliseEmailAddress` (the panel imports only types from the
 * libraries, as it copies CODE_PATTERN): a mistyped address is named before it is sent; the API checks
 * again by the original. email-address.spec.ts holds the two to the same answers.
 */

/** RFC 5321: a forward path holds at most 256 octets, two of them the angle brackets. */
export const EMAIL_MAX_LENGTH = 254;
/** RFC 5321: the local part (before the @) holds at most 64 octets. */
export const EMAIL_LOCAL_MAX_LENGTH = 64;

export type EmailAddressProblem = 'syntax' | 'too_long';

export type EmailAddressCheck = { ok: true; address: string } | { ok: false; problem: EmailAddressProblem };

const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LOCAL = new RegExp(`^${ATOM}(\\.${ATOM})*$`);
const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
/** A top-level domain is letters (or an IDN's punycode form): `name@host` alone reaches no one. */
const TOP_LABEL = /^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * The address as it is stored: trimmed, the domain lower-cased (host names are case-blind; the local
 * part is the mail server's to interpret, so it is kept as typed), or why it cannot be one.
 */
export function normaliseEmailAddress(raw: string): EmailAddressCheck {
  const trimmed = raw.trim();
  if (trimmed.length > EMAIL_MAX_LENGTH) return { ok: false, problem: 'too_long' };
  const at = trimmed.lastIndexOf('@');
  if (at <= 0) return { ok: false, problem: 'syntax' };
  const local = trimmed.slice(0, at);
  const domain = trimmed.slice(at + 1).toLowerCase();
  if (local.length > EMAIL_LOCAL_MAX_LENGTH) return { ok: false, problem: 'too_long' };
  if (!LOCAL.test(local)) return { ok: false, problem: 'syntax' };
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return { ok: false, problem: 'syntax' };
  if (!TOP_LABEL.test(labels[labels.length - 1])) return { ok: false, problem: 'syntax' };
  return { ok: true, address: `${local}@${domain}` };
}
