/**
 * A bounded load test: 64 connections for 30 s on a mix of the API's requests, against a
 * running server (npm start). Prints requests/s and latency percentiles; exits 1 on any error.
 *
 *   npm run loadtest -- [--url http://localhost:4000/graphql] [--connections 64] [--duration 30]
 */
import autocannon from 'autocannon';
import { Command } from 'commander';

const MIX = [
  '{ entity(id: "openai") { name ... on Organization { investmentsReceived { edges { node { id amount { value } sources { quote } } } } } } }',
  '{ search(query: "Microsfot") { edges { score node { id name } } } }',
  '{ accessRoutes(provider: "openai", region: "cn") { summary routes { facts { id } } } }',
  '{ shortestPaths(from: "21vianet", to: "openai") { length steps { fact { id } } } }',
  '{ neighbourhood(id: "microsoft") { entities { id } edges { source target } } }',
  '{ entities(first: 50) { totalCount edges { cursor node { id name } } } }',
  '{ entity(id: "openai") { timeline(from: "2024-01-01", to: "2024-12-31") { change fact { id } } } }',
  '{ patentRanking(by: JURISDICTION) { rank count entity { name } } }',
];

const options = new Command()
  .option('--url <url>', 'the GraphQL endpoint', 'http://localhost:4000/graphql')
  .option('--connections <n>', 'concurrent connections', '64')
  .option('--duration <s>', 'seconds', '30')
  .parse()
  .opts<{ url: string; connections: string; duration: string }>();

let graphqlErrors = 0;
const result = await autocannon({
  url: options.url,
  connections: Number(options.connections),
  duration: Number(options.duration),
  requests: MIX.map((query) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    // A GraphQL error answers 200: count a body with "errors" as a failure too.
    onResponse: (status: number, body: string) => {
      if (status === 200 && body.includes('"errors"')) graphqlErrors++;
    },
  })),
});

const line = (name: string, value: string | number) => console.log(`${name.padEnd(22)} ${value}`);
line('connections', options.connections);
line('duration (s)', options.duration);
line('requests', result.requests.total);
line('requests/s (mean)', result.requests.average.toFixed(0));
line('latency p50 (ms)', result.latency.p50);
line('latency p90 (ms)', result.latency.p90);
line('latency p99 (ms)', result.latency.p99);
line('latency max (ms)', result.latency.max);
line('errors', result.errors);
line('timeouts', result.timeouts);
line('non-2xx', result.non2xx);
line('GraphQL errors', graphqlErrors);
process.exit(result.errors + result.timeouts + result.non2xx + graphqlErrors > 0 ? 1 : 0);
