/**
 * Own-property lookup for tables keyed by user-supplied text: `table["__proto__"]` or
 * `table["constructor"]` must be "not found", not Object.prototype's members.
 */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
