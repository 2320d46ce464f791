import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Endpoints } from '../api/endpoints';

type Kind = 'cadre' | 'post' | 'unit' | 'locality' | 'user';

/** The user directory answers at most this many at once: every active user of a district. */
const USER_LIMIT = 500;

/** Pages of units read for the unit and locality names (100 a page, the API's most): enough for a province. */
const UNIT_PAGES = 20;

/**
 * Nominations carry codes (CB-0001, DH-QA-CT-UBND); people read names ("Hoàng Văn Cường"). This cache
 * asks the registry once per code and shares the answer with every row that shows it.
 */
export class NameCache {
  private readonly values = new Map<string, string | null>();
  private readonly pending = new Map<string, Promise<string | null>>();

  private units: Promise<void> | undefined;
  private users: Promise<void> | undefined;

  constructor(
    private readonly api: Pick<Endpoints, 'cadre' | 'post'> & Partial<Pick<Endpoints, 'units' | 'users'>>,
  ) {}

  peek(kind: Kind, code: string): string | undefined {
    return this.values.get(`${kind}:${code}`) ?? undefined;
  }

  remember(kind: Kind, code: string, name: string): void {
    this.values.set(`${kind}:${code}`, name);
  }

  get(kind: Kind, code: string): Promise<string | null> {
    const key = `${kind}:${code}`;
    if (this.values.has(key)) return Promise.resolve(this.values.get(key) ?? null);
    let request = this.pending.get(key);
    if (!request) {
      request = (
        kind === 'cadre'
          ? this.api.cadre(code).then((c) => c.fullName)
          : kind === 'post'
            ? this.api.post(code).then((p) => p.title)
            : (kind === 'user' ? this.loadUsers() : this.loadUnits()).then(() => this.values.get(key) ?? null)
      )
        .then(
          (name) => {
            this.values.set(key, name);
            return name;
          },
          // Unknown code or a failure: show the code; ask again next time.
          () => null,
        )
        .finally(() => this.pending.delete(key));
      this.pending.set(key, request);
    }
    return request;
  }

  /** Actors are user ids: the directory is read once and gives each its display name. */
  private loadUsers(): Promise<void> {
    const list = this.api.users;
    if (!list) return Promise.resolve();
    this.users ??= list({ limit: USER_LIMIT })
      .then((users) => {
        for (const u of users) this.values.set(`user:${u.username}`, u.fullName);
      })
      .catch(() => {
        this.users = undefined;
      });
    return this.users;
  }

  /**
   * Units and localities are few: read them all once, page by page. A locality (a hometown, the place a
   * unit governs) is named by the top unit that governs it: a commune's People's Committee unit is
   * "Xã Quảng An", and its sub-units share its locality code under it.
   */
  private loadUnits(): Promise<void> {
    const list = this.api.units;
    if (!list) return Promise.resolve();
    this.units ??= (async () => {
      const units: { code: string; name: string; parentCode: string | null; localityCode: string }[] = [];
      for (let page = 0; page < UNIT_PAGES; page++) {
        const answer = await list({ limit: 100, offset: page * 100 });
        units.push(...answer.items);
        if (units.length >= answer.total || answer.items.length === 0) break;
      }
      const byCode = new Map(units.map((u) => [u.code, u]));
      for (const u of units) {
        this.values.set(`unit:${u.code}`, u.name);
        const parent = u.parentCode ? byCode.get(u.parentCode) : undefined;
        if (!parent || parent.localityCode !== u.localityCode)
          this.values.set(`locality:${u.localityCode}`, u.name);
      }
    })().catch(() => {
      // Try again next time.
      this.units = undefined;
    });
    return this.units;
  }
}

const NameContext = createContext<NameCache | null>(null);

export function NameProvider({ cache, children }: { cache: NameCache; children: ReactNode }) {
  return <NameContext.Provider value={cache}>{children}</NameContext.Provider>;
}

export function useNameCache(): NameCache | null {
  return useContext(NameContext);
}

export function useName(kind: Kind, code: string): string | undefined {
  const cache = useContext(NameContext);
  const [resolved, setResolved] = useState<{ code: string; name: string | undefined }>(() => ({
    code,
    name: cache?.peek(kind, code),
  }));
  useEffect(() => {
    if (!cache || !code) return undefined;
    let live = true;
    void cache.get(kind, code).then((name) => {
      if (live) setResolved({ code, name: name ?? undefined });
    });
    return () => {
      live = false;
    };
  }, [cache, kind, code]);
  if (!code) return undefined;
  return resolved.code === code ? resolved.name : cache?.peek(kind, code);
}

/** "Hoàng Văn Cường" with the code beside it, or the code alone until (unless) the name is known. */
export function CodeName({ kind, code }: { kind: Kind; code: string }) {
  const name = useName(kind, code);
  if (!name) return <span className="code">{code}</span>;
  return (
    <span className="code-name">
      <span className="name">{name}</span> <span className="code">{code}</span>
    </span>
  );
}

/** The actor a workflow records (the system itself, else a user id), in the system's word or the user's name. */
export const SYSTEM_ACTOR = 'system';

export function ActorName({ actor, systemLabel }: { actor: string; systemLabel: string }) {
  const name = useName('user', actor === SYSTEM_ACTOR ? '' : actor);
  if (actor === SYSTEM_ACTOR) return <span className="name">{systemLabel}</span>;
  if (!name) return <span className="code">{actor}</span>;
  return (
    <span className="code-name">
      <span className="name">{name}</span> <span className="code">{actor}</span>
    </span>
  );
}

/**
 * The names of several codes of one kind at once (a conference's candidates), asked from the shared
 * cache; each code stands for itself until its name is known.
 */
export function useNames(kind: Kind, codes: readonly string[]): (code: string) => string {
  const cache = useContext(NameContext);
  const [, setVersion] = useState(0);
  const key = codes.join('\u0000');
  useEffect(() => {
    if (!cache) return undefined;
    let live = true;
    const missing = key ? key.split('\u0000').filter((c) => cache.peek(kind, c) === undefined) : [];
    if (missing.length === 0) return undefined;
    void Promise.all(missing.map((c) => cache.get(kind, c))).then(() => {
      if (live) setVersion((v) => v + 1);
    });
    return () => {
      live = false;
    };
  }, [cache, kind, key]);
  return (code) => cache?.peek(kind, code) ?? code;
}

/**
 * People read names, not user ids: "Trần Văn Tổ (U-TCNV-01)" for each id the directory knows (the id
 * stays beside the name: it is what the API and the logs say), the id alone until then or if unknown.
 */
export function useUserLabels(ids: readonly string[]): (id: string) => string {
  const name = useNames('user', ids.filter(Boolean));
  return (id) => {
    const known = name(id);
    return known === id ? id : `${known} (${id})`;
  };
}

/**
 * A sentence of the API that names users by id (a refusal: "This task is for U-TCNV-01, not you"), with
 * each of the given ids written as its label. Only whole ids are replaced: U-BT-01 is not part of U-BT-010.
 */
export function withUserLabels(text: string, ids: readonly string[], label: (id: string) => string): string {
  let out = text;
  for (const id of [...new Set(ids)].sort((a, b) => b.length - a.length)) {
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`, 'g'), label(id));
  }
  return out;
}
