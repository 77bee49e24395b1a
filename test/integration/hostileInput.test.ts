import {
  type GraphQLArgument,
  type GraphQLField,
  getNamedType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/graphql/schema.js';
import { apiClient } from '../support/api.js';
import { useSharedGraph } from '../support/database.js';
import { currentDigests } from '../support/generation.js';
import { CURATED_SEED } from '../support/sharedGraphs.js';

/** Strings an attacker (or a careless client) sends. */
const HOSTILE: Record<string, string> = {
  cypher: `openai"}) MATCH (n) DETACH DELETE n //`,
  cypherQuote: `x' OR 1=1 WITH 1 AS x CALL { MATCH (n) SET n.pwned = true } RETURN x //`,
  lucene: 'name:* OR aliases:"x"~ AND [a TO z] \\',
  nul: 'open\u0000ai\u0000',
  unicode: '\u202eIAnepO\u200b\ud83d\ude00\u0301\ufeff',
  megabyte: 'a'.repeat(1_000_000),
};

/** A value for every other required argument, so the hostile one is what is tested. */
const REQUIRED: Record<string, unknown> = {
  id: 'openai',
  ids: ['openai'],
  from: 'openai',
  to: 'microsoft',
  provider: 'openai',
  region: 'cn',
  name: 'OpenAI',
  query: 'openai',
  by: 'JURISDICTION',
};

const schema = buildSchema();

/** Every root field's String or ID argument, directly or inside an input object or list. */
function stringArguments(): {
  field: GraphQLField<unknown, unknown>;
  arg: GraphQLArgument;
  path: string[];
}[] {
  const found: { field: GraphQLField<unknown, unknown>; arg: GraphQLArgument; path: string[] }[] =
    [];
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    for (const arg of field.args) {
      const named = getNamedType(arg.type);
      if (named.name === 'String' || named.name === 'ID') found.push({ field, arg, path: [] });
      if (isInputObjectType(named)) {
        for (const inner of Object.values(named.getFields())) {
          const innerNamed = getNamedType(inner.type);
          if (innerNamed.name === 'String' || innerNamed.name === 'ID')
            found.push({ field, arg, path: [inner.name] });
        }
      }
    }
  }
  return found;
}

function requestFor(
  field: GraphQLField<unknown, unknown>,
  arg: GraphQLArgument,
  path: string[],
  text: string,
) {
  const value = (type: typeof arg.type, inner = path): unknown => {
    if (inner.length > 0 && isInputObjectType(getNamedType(type))) {
      const innerField = (getNamedType(type) as any).getFields()[inner[0] as string];
      const innerValue = value(innerField.type, inner.slice(1));
      return isListType(isNonNullType(type) ? type.ofType : type)
        ? [{ [inner[0] as string]: innerValue }]
        : { [inner[0] as string]: innerValue };
    }
    const bare = isNonNullType(type) ? type.ofType : type;
    return isListType(bare) ? [text] : text;
  };
  const variables: Record<string, unknown> = {};
  const params: string[] = [];
  const args: string[] = [];
  for (const other of field.args) {
    if (other === arg) variables[other.name] = value(other.type);
    else if (isNonNullType(other.type) && other.defaultValue === undefined)
      variables[other.name] = REQUIRED[other.name];
    else continue;
    params.push(`$${other.name}: ${other.type.toString()}`);
    args.push(`${other.name}: $${other.name}`);
  }
  const selection = isLeafType(getNamedType(field.type)) ? '' : '{ __typename }';
  return {
    query: `query(${params.join(', ')}) { ${field.name}(${args.join(', ')}) ${selection} }`,
    variables,
  };
}

describe('hostile strings in every string argument', () => {
  const db = useSharedGraph(CURATED_SEED);
  const request = apiClient(db.driver, db.database);
  const digests = () => currentDigests(db);
  let before: string[];

  beforeAll(async () => {
    before = await digests();
  });

  const cases = stringArguments().flatMap(({ field, arg, path }) =>
    Object.entries(HOSTILE).map(([kind, text]) => ({
      name: `${field.name}(${[arg.name, ...path].join('.')}) with ${kind}`,
      field,
      arg,
      path,
      text,
    })),
  );

  it('covers every root field that takes a string', () => {
    const fields = new Set(cases.map((c) => c.field.name));
    for (const name of [
      'entity',
      'entitiesByName',
      'search',
      'node',
      'nodes',
      'fact',
      'facts',
      'entities',
      'shortestPaths',
      'neighbourhood',
      'accessRoutes',
      'patentRanking',
    ])
      expect(fields, name).toContain(name);
  });

  it.each(cases)('$name: a clean answer or a clean refusal', async ({ field, arg, path, text }) => {
    const { query, variables } = requestFor(field, arg, path, text);
    const response = await request(query, variables);
    expect(response.status).toBeLessThan(500);
    for (const error of response.errors ?? []) {
      expect(error.extensions?.code, error.message).not.toBe('INTERNAL_SERVER_ERROR');
      expect(error.message).not.toMatch(/Neo4jError|Neo\.|bolt:|node_modules|at \//);
    }
  });

  it('leaves the graph exactly as it was', async () => {
    expect(await digests()).toEqual(before);
    const { records } = await db
      .driver()
      .executeQuery(
        'MATCH (n) WHERE n.pwned IS NOT NULL RETURN count(n) AS n',
        {},
        { database: db.database },
      );
    expect(records[0]?.get('n')).toBe(0);
  });
});
