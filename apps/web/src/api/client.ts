import type { ApiErrorBody, FieldProblemDetail } from './types';

export type Query = Record<string, string | number | boolean | undefined | null>;

/** An answer of the API other than 2xx (or no answer at all: status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: Partial<ApiErrorBody> | undefined,
  ) {
    super(body?.message ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }

  /** Machine-readable reason of a 409 (out_of_turn, already_decided, ...). */
  get code(): string | undefined {
    return this.body?.code;
  }

  /**
   * Whether `message` is written in the user's language: the API wrote it from the code and params
   * (it then keeps its English words as `reason`). Otherwise the message is the server's English.
   */
  get localised(): boolean {
    return typeof this.body?.reason === 'string';
  }

  /** Field problems of a 400, as the API names them (cadreId, approverIds[1], ...), each with its code and params. */
  get details(): FieldProblemDetail[] {
    return Array.isArray(this.body?.details) ? this.body.details : [];
  }
}

export interface ApiClientOptions {
  /** Prefix of every path; '' when the panel is served by the API or by Vite's proxy. */
  baseUrl?: string;
  getToken(): string | null;
  /** Called on any 401 but the sign-in itself: the session is over. */
  onUnauthorized(message: string): void;
  fetch?: typeof fetch;
  /** The user's language, sent as Accept-Language: the API writes its refusals in it (default vi). */
  language?: string;
}

export interface Fresh<T> {
  data: T;
  /** False when the API answered 304 Not Modified to our ETag: nothing changed since the last poll. */
  changed: boolean;
}

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * The only place the panel talks HTTP. JSON in and out, the bearer token on every call, errors as
 * ApiError with the API's own message, and conditional GETs (ETag / If-None-Match, which Express
 * answers with 304) so polling costs almost nothing while nothing changes.
 */
export class ApiClient {
  private readonly etags = new Map<string, { etag: string; data: unknown }>();
  private readonly fetchFn: typeof fetch;
  private language: string;

  constructor(private readonly options: ApiClientOptions) {
    this.fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.language = options.language ?? 'vi';
  }

  get<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T> {
    return this.send<T>('GET', withQuery(path, query), undefined, signal).then((r) => r.data);
  }

  /** GET that reuses the last answer for this URL when the API says it is unchanged. */
  getFresh<T>(path: string, query?: Query, signal?: AbortSignal): Promise<Fresh<T>> {
    return this.send<T>('GET', withQuery(path, query), undefined, signal, true);
  }

  post<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
    return this.send<T>('POST', path, body, signal).then((r) => r.data);
  }

  /** PUT of a JSON body; the answer (often 204, no body) is returned as it is. */
  put<T = undefined>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
    return this.send<T>('PUT', path, body, signal).then((r) => r.data);
  }

  /** DELETE; the answer (usually 204, no body) is returned as it is. */
  delete<T = undefined>(path: string, signal?: AbortSignal): Promise<T> {
    return this.send<T>('DELETE', path, undefined, signal).then((r) => r.data);
  }

  /** POST of a raw body (a file, a CSV text) with its own content type; the answer is JSON. */
  postRaw<T>(path: string, body: Blob | string, contentType: string, signal?: AbortSignal): Promise<T> {
    return this.send<T>('POST', path, new RawBody(body, contentType), signal).then((r) => r.data);
  }

  /** GET of a file (a dossier document): the bearer token goes with it, so a plain link would not do. */
  async getBlob(path: string): Promise<Blob> {
    const token = this.options.getToken();
    let response: Response;
    try {
      response = await this.fetchFn(`${this.options.baseUrl ?? ''}${path}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
        cache: 'no-store',
      });
    } catch (error) {
      throw new ApiError(0, { message: (error as Error).message });
    }
    if (!response.ok) {
      const payload = await readJson(response);
      throw new ApiError(response.status, payload as Partial<ApiErrorBody> | undefined);
    }
    return response.blob();
  }

  /** The language of the answers' messages from now on (the user switched it). */
  setLanguage(language: string): void {
    this.language = language;
  }

  /** Forgets cached answers (on sign-out, so the next user never sees the previous one's data). */
  clearCache(): void {
    this.etags.clear();
  }

  private async send<T>(
    method: string,
    url: string,
    body: unknown,
    signal: AbortSignal | undefined,
    conditional = false,
  ): Promise<Fresh<T>> {
    const headers: Record<string, string> = {
      accept: 'application/json',
      'accept-language': this.language,
    };
    const token = this.options.getToken();
    if (token) headers.authorization = `Bearer ${token}`;
    const raw = body instanceof RawBody ? body : undefined;
    if (raw) headers['content-type'] = raw.contentType;
    else if (body !== undefined) headers['content-type'] = 'application/json';
    const cached = conditional ? this.etags.get(url) : undefined;
    if (cached) headers['if-none-match'] = cached.etag;

    let response: Response;
    try {
      response = await this.fetchFn(`${this.options.baseUrl ?? ''}${url}`, {
        method,
        headers,
        body: raw ? raw.raw : body === undefined ? undefined : JSON.stringify(body),
        signal,
        // We do the revalidation ourselves; the browser cache would hide the 304 from us.
        cache: 'no-store',
      });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw new ApiError(0, { message: (error as Error).message });
    }

    if (response.status === 304 && cached) return { data: cached.data as T, changed: false };
    const payload: unknown = await readJson(response);
    if (!response.ok) {
      const errorBody = (payload && typeof payload === 'object' ? payload : undefined) as
        Partial<ApiErrorBody> | undefined;
      const error = new ApiError(response.status, errorBody);
      if (response.status === 401 && !url.startsWith('/api/v1/auth/login'))
        this.options.onUnauthorized(error.message);
      throw error;
    }
    const etag = response.headers.get('etag');
    if (conditional && etag) this.etags.set(url, { etag, data: payload });
    return { data: payload as T, changed: true };
  }
}

/** A body sent as it is, not as JSON. */
class RawBody {
  constructor(
    readonly raw: Blob | string,
    readonly contentType: string,
  ) {}
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return { message: text.slice(0, 500) };
  }
}
