/**
 * The founding question from a typed client:
 *
 *   npx tsx examples/client/accessRoutes.ts [http://localhost:4000/graphql]
 *
 * `AccessRoutes` is typed from schema/ by `npm run codegen`: `report.routes[0].operator?.name`
 * is a `string`, and a field the query did not select is a type error.
 */
import { pathToFileURL } from 'node:url';
import { graphql } from './gql/index.js';
import { request } from './request.js';

export const AccessRoutes = graphql(`
  query AccessRoutes($provider: ID!, $region: ID!, $asOf: Date) {
    accessRoutes(provider: $provider, region: $region, asOf: $asOf) {
      reachable
      summary
      blockedBy {
        id
        sources { source { url } }
      }
      routes {
        product { id name }
        operator { id name }
        facts { id }
      }
    }
  }
`);

/** How OpenAI's models reach mainland China, in lines for people. */
export async function describeAccess(url: string, asOf?: string): Promise<string[]> {
  const { accessRoutes: report } = await request(url, AccessRoutes, {
    provider: 'openai',
    region: 'cn',
    asOf: asOf ?? null,
  });
  if (!report) return ['openai or cn is not in the graph'];
  return [
    report.summary,
    ...report.blockedBy.map((block) => `blocked by ${block.id} (${block.sources[0]?.source.url})`),
    ...report.routes.map(
      (route) =>
        `route: ${route.product.name}, operated by ${route.operator?.name ?? 'its provider'}`,
    ),
  ];
}

// Run as a script (not imported by the test).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await describeAccess(process.argv[2] ?? 'http://localhost:4000/graphql'))
    console.log(line);
}
