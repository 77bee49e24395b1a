/**
 * Prints the API's schema as clients see it (introspection, in SDL), to compare before and after
 * a change: `tsx scripts/printSchema.ts --sorted > a.graphql`. Sorted ignores the order of types
 * and fields, which SDL files may change without changing the API.
 */
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from '../src/graphql/schema.js';

const schema = buildSchema();
process.stdout.write(
  printSchema(process.argv.includes('--sorted') ? lexicographicSortSchema(schema) : schema),
);
