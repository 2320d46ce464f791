/**
 * What makes an e-mail address the product may send task mail to, shared by the API (which refuses
 * anything else) and the panel (which says so before sending): in contracts, as CODE_PATTERN is,
 * since the panel may import nothing else.
 *
 * Only the dot-atom form of RFC 5322 with an ASCII host name: quoted local parts, IP literals and
 * comments are legal in theory but no office mail server hands them out, and each one is a way to
 * smuggle a second recipient or a header past a careless mailer.
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
