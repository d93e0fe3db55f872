/** Own-property lookup: ordinary words such as `constructor` must not find Object.prototype members. */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
