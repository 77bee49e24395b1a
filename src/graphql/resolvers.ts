import { readDbmsInfo } from '../neo4j/dbmsInfo.js';
import type { GraphContext } from './context.js';

export const resolvers = {
  Query: {
    database: (_parent: unknown, _args: unknown, { driver, database }: GraphContext) =>
      readDbmsInfo(driver, database),
  },
};
