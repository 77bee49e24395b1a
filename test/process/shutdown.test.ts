import { request as httpRequest } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { useSharedGraph } from '../support/database.js';
import { freePort } from '../support/freePort.js';
import { MEDIUM_GENERATED } from '../support/sharedGraphs.js';

const HEAVY = JSON.stringify({
  query:
    '{ neighbourhood(id: "cn", limit: 300) { facts { id sources { quote } } edges { source } } }',
});

/** Whether a new connection to the port is accepted. */
const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = httpRequest({ port, host: '127.0.0.1', path: '/health', agent: false });
    probe.on('response', () => resolve(true));
    probe.on('error', () => resolve(false));
    probe.end();
  });

const REQUESTS = 24;

/** The GraphQL requests the server executes or holds in line now (its /metrics). */
async function requestsAtServer(port: number): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const gauge = (name: string) => Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  return gauge('policygraph_requests_executing') + gauge('policygraph_requests_queued');
}

describe('SIGTERM', () => {
  // The server only reads: requests in flight over hundreds of a region's facts.
  const db = useSharedGraph(MEDIUM_GENERATED);

  it('lets requests in flight finish, refuses new ones, closes the driver and exits 0', async () => {
    const port = await freePort();
    const cli = runCli(['start'], { ...db.env, PORT: String(port) });
    await cli.waitForLine(/GraphQL API at/);

    let answered = 0;
    const inFlight = Array.from({ length: REQUESTS }, () =>
      fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: HEAVY,
      }).then(async (response) => {
        answered++;
        return { status: response.status, body: await response.json(), at: performance.now() };
      }),
    );
    // Every request has reached the server before the signal: one still on its way (on a busy
    // machine, after 150 ms some were) finds its connection closed, as a new connection would.
    while ((await requestsAtServer(port)) + answered < REQUESTS) await sleep(10);
    const signalled = performance.now();
    cli.child.kill('SIGTERM');
    await cli.waitForLine(/Stopping/);
    expect(await accepts(port)).toBe(false);

    const answers = await Promise.all(inFlight);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body.errors, JSON.stringify(answer.body.errors)).toBeUndefined();
      expect(answer.body.data.neighbourhood.facts.length).toBeGreaterThan(0);
    }
    // The signal came while requests were still being answered.
    expect(answers.some((answer) => answer.at > signalled)).toBe(true);
    expect(await cli.exited).toBe(0);
  });
});
