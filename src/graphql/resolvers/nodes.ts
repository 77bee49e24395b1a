import { readDatabaseInfo } from '../../queries/dbms.js';
import { parseSeedDate } from '../../seed/dates.js';
import { listLimit, MAX_IDS } from '../args.js';
import { typeName, upper } from '../mappers.js';
import { prop } from '../recordFields.js';
import type { Resolvers } from '../resolvers.generated.js';
import { DateScalar } from '../scalars.js';

/** A curated date, such as "2024-07", read once for the PartialDate fields. */
function partial(text: string) {
  const parsed = parseSeedDate(text);
  if (!parsed) throw new Error(`stored date "${text}" is not a seed date`);
  return parsed;
}

export const nodeResolvers: Resolvers = {
  Date: DateScalar,
  Node: { __resolveType: (record) => typeName(record) },
  PartialDate: {
    text: (text) => text,
    precision: (text) => upper(partial(text).precision),
    earliest: (text) => partial(text).first,
    latest: (text) => partial(text).last,
  },
  Source: {
    id: (source) => source.id,
    url: prop('url'),
    title: prop('title'),
    publisher: prop('publisher'),
    author: prop('author'),
    published: prop('published'),
    updated: prop('updated'),
    kind: prop('kind'),
    notes: prop('notes'),
  },
  Citation: {
    source: (citation) => citation.source,
    quote: (citation) => citation.quote ?? null,
  },
  Query: {
    database: (_root, _args, { reader }) => readDatabaseInfo(reader),
    node: (_root, { id }, context) => context.loaders.node.load(id),
    nodes: async (_root, { ids }, context) => {
      listLimit(ids, 'ids', MAX_IDS);
      const records = await context.loaders.node.loadMany(ids);
      return records.map((record) => {
        if (record instanceof Error) throw record;
        return record;
      });
    },
  },
};
