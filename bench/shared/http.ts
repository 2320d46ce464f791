/** JSON over HTTP against the bench's API, with a timeout; answers parsed when they are JSON. */
const REQUEST_TIMEOUT_MS = 30_000;

export interface HttpAnswer {
  status: number;
  /** The parsed JSON body, or its text when it is not JSON. */
  body: unknown;
}

export async function http(
  method: 'GET' | 'POST',
  url: string,
  token: string | undefined,
  body?: unknown,
): Promise<HttpAnswer> {
  const response = await fetch(url, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // keep the text: it goes into the error message
  }
  return { status: response.status, body: parsed };
}

export function unexpected(what: string, answer: HttpAnswer): Error {
  return new Error(`${what} answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`);
}
