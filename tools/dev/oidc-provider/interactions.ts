import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import type { DevAccounts } from './accounts';
import { consentPage, loginPage } from './pages';

const INTERACTION = /^\/interaction\/([\w-]+)(?:\/(login|confirm|abort))?$/;

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 16_384) throw new Error('form too large');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function html(res: ServerResponse, body: string, status = 200): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
}

/**
 * The login and consent steps oidc-provider hands over to its host (`interactions.url`): a password
 * form checked against the dev accounts, then a consent form that grants what the panel asked for.
 * Answers false when the path is not an interaction's.
 */
export async function handleInteraction(
  provider: Provider,
  accounts: DevAccounts,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  const match = INTERACTION.exec(new URL(req.url ?? '/', 'http://x').pathname);
  if (!match) return false;
  const [, uid, step] = match;
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) throw new Error('interaction mismatch');
  const client = await provider.Client.find(String(details.params.client_id));
  const clientName = client?.clientName ?? String(details.params.client_id);

  if (req.method === 'GET' && !step) {
    if (details.prompt.name === 'login') html(res, loginPage(uid, clientName));
    else html(res, consentPage(uid, clientName, String(details.params.scope ?? '').split(' ')));
    return true;
  }
  if (req.method !== 'POST') return false;

  if (step === 'login') {
    const form = await formBody(req);
    const username = form.get('username') ?? '';
    const accountId = accounts.check(username, form.get('password') ?? '');
    if (!accountId) {
      html(
        res,
        loginPage(uid, clientName, 'Sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản đã bị khóa.', username),
        401,
      );
      return true;
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId } },
      { mergeWithLastSubmission: false },
    );
    return true;
  }
  if (step === 'abort') {
    await provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: 'Người dùng từ chối cấp quyền' },
      { mergeWithLastSubmission: false },
    );
    return true;
  }
  // confirm: grant the scopes, claims and resource scopes the prompt says are missing.
  const accountId = details.session?.accountId;
  if (!accountId) throw new Error('consent without a signed-in account');
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId, clientId: String(details.params.client_id) });
  if (!grant) throw new Error('the grant of this interaction is gone');
  const missing = details.prompt.details as {
    missingOIDCScope?: string[];
    missingOIDCClaims?: string[];
    missingResourceScopes?: Record<string, string[]>;
  };
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {}))
    grant.addResourceScope(indicator, scopes.join(' '));
  const grantId = await grant.save();
  await provider.interactionFinished(
    req,
    res,
    { consent: details.grantId ? {} : { grantId } },
    { mergeWithLastSubmission: true },
  );
  return true;
}
