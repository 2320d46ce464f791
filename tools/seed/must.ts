/** A value the generator's own data guarantees; a missing one is a bug in the generator, named here. */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`seed generator: missing ${what}`);
  return value;
}

export function lookup<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  return must(map.get(key), `${what} ${String(key)}`);
}
