import neo4j from 'neo4j-driver';
import { expect } from 'vitest';
import type { Statement } from '../../../src/queries/reader.js';

// Driver values in snapshots as Cypher writes them: int(11), date('2024-07-01').
expect.addSnapshotSerializer({
  test: (value) => neo4j.isInt(value) || value instanceof neo4j.types.Date,
  serialize: (value) =>
    neo4j.isInt(value) ? `int(${value.toString()})` : `date('${value.toString()}')`,
});

/** The $names a statement reads, besides $generation (readRows adds it to every statement). */
export function parametersRead(statement: string): string[] {
  const names = [...statement.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]);
  return [...new Set(names)].filter((name) => name !== 'generation').sort() as string[];
}

/**
 * What every statement must be: each parameter it reads is sent (Neo4j refuses a statement with
 * one missing), and none of the request's values is in its text (`values`: the distinctive
 * strings the test put in the request), so values travel only as parameters.
 */
export function expectWellFormed({ statement, parameters }: Statement, values: readonly string[]) {
  for (const name of parametersRead(statement)) {
    expect(parameters, `$${name} is read but not sent`).toHaveProperty(name);
  }
  for (const value of values) {
    expect(statement, `"${value}" is in the text`).not.toContain(value);
  }
}

/** Every combination of the given options: the shapes of a request. */
export function combinations<T extends Record<string, readonly unknown[]>>(
  options: T,
): { [K in keyof T]: T[K][number] }[] {
  let all: Record<string, unknown>[] = [{}];
  for (const [key, values] of Object.entries(options)) {
    all = all.flatMap((partial) => values.map((value) => ({ ...partial, [key]: value })));
  }
  return all as { [K in keyof T]: T[K][number] }[];
}

/** Every subset of `items`, the empty one first. */
export function subsets<T>(items: readonly T[]): T[][] {
  const all: T[][] = [[]];
  for (const item of items) {
    for (const subset of all.slice()) all.push([...subset, item]);
  }
  return all;
}
