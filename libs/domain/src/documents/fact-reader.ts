import type { DocumentFacts, JournalStep } from '@personnel/contracts';

/** Small typed readers over a journal payload: facts are JSON, a missing field reads as absent. */
export const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
export const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);
export const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
export const records = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value)
    ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null)
    : [];
export const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/** The journal of a procedure as far as one step: an issued paper never reads a later fact. */
export class FactReader {
  readonly steps: readonly JournalStep[];

  constructor(
    readonly facts: DocumentFacts,
    upToSeq: number = Number.POSITIVE_INFINITY,
  ) {
    this.steps = facts.steps.filter((s) => s.seq <= upToSeq);
  }

  all(kind: string): JournalStep[] {
    return this.steps.filter((s) => s.kind === kind);
  }

  first(kind: string): JournalStep | undefined {
    return this.steps.find((s) => s.kind === kind);
  }

  last(kind: string): JournalStep | undefined {
    const found = this.all(kind);
    return found[found.length - 1];
  }

  /** A person's full name (user name or cadre code); the code itself when the registry has none. */
  name(id: string | null): string {
    if (!id) return '…';
    return this.facts.names[id] ?? id;
  }

  postTitle(code: string | null): string {
    if (!code) return '…';
    const post = this.facts.posts[code];
    return post ? `${post.title}, ${post.unitName}` : code;
  }

  unitName(code: string | null): string {
    if (!code) return '…';
    return this.facts.units[code] ?? code;
  }

  /** "ông" / "bà" by the registry's gender; "ông/bà" when the registry does not say. */
  honorific(cadreCode: string | null): string {
    const cadre = this.facts.cadres.find((c) => c.code === cadreCode);
    return cadre ? (cadre.gender === 'female' ? 'bà' : 'ông') : 'ông/bà';
  }

  /** The journal of conference `index` up to the time of this reader's last step. */
  conference(index: number): JournalStep[] {
    const journal = this.facts.conferences.find((c) => c.index === index)?.steps ?? [];
    const horizon = this.steps[this.steps.length - 1]?.occurredAt;
    return this.steps.length === this.facts.steps.length || !horizon
      ? journal
      : journal.filter((s) => s.occurredAt <= horizon);
  }
}
