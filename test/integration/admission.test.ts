import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, { type Driver } from 'neo4j-driver';
import { Agent, fetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApiConfig,
  DEFAULT_API,
  DEFAULT_LIMITS,
  type RequestLimits,
} from '../../src/config.js';
import { StatementTimedOut } from '../../src/queries/errors.js';
import { readRows } from '../../src/queries/reader.js';
import { createApp } from '../../src/server/app.js';
import { listen } from '../../src/server/http.js';
import { useSharedGraph } from '../support/database.js';
import { useHttpApi } from '../support/http.js';
import { LARGE_GENERATED } from '../support/sharedGraphs.js';

/**
 * The tests' own limits: graphql-armor's cost limit and MAX_RESPONSE_BYTES would refuse the
 * heavy requests first, except where they are the subject.
 */
const api = (limits: Partial<RequestLimits> = {}): ApiConfig => ({
  ...DEFAULT_API,
  limits: {
    ...DEFAULT_LIMITS,
    maxCost: 100_000_000,
    maxResponseBytes: 100_000_000,
    // No request is heavy unless the lanes are the subject.
    heavyRequestCost: Number.MAX_SAFE_INTEGER,
    ...limits,
  },
});

const ORDERS = ['NAME_ASC', 'NAME_DESC', 'ID_ASC'];
/** 100 entities with up to 100 facts each, with their parties and sources: about 1 MB. */
const bigField = (i: number) =>
  `e${i}: entities(first: 100, orderBy: ${ORDERS[i % 3]}) { edges { node { id name aliases description ... on Organization { facts(first: 100) { totalCount edges { node { id description involves { role entity { id name } } sources { quote source { url title publisher } } } } } } } } }`;
const BIG = `{ ${bigField(0)} }`;
/**
 * About 5 MB of answer, and as much read: over the default MAX_RESPONSE_BYTES (4 MB). Three
 * were over it while reads carried every property; since they carry only those asked, 3 MB.
 */
const HEAVY = `{ ${[0, 1, 2, 3, 4].map(bigField).join(' ')} }`;
const TRIVIAL = '{ entity(id: "org-0000000") { name } }';
const searches = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `s${i}: search(query: "Organization ${i}", first: 100) { edges { node { id name ... on Organization { facts(first: 5) { totalCount } } } } }`).join(' ')} }`;

/** Clients by the loopback address they send from (Linux answers on all of 127.0.0.0/8). */
const agents = new Map<string, Agent>();
const from = (address: string): Agent => {
  let agent = agents.get(address);
  if (!agent) {
    agent = new Agent({ localAddress: address });
    agents.set(address, agent);
  }
  return agent;
};
afterAll(async () => {
  for (const agent of agents.values()) await agent.close();
});

/** POSTs `query`, from 127.0.0.1 or from `client`'s address. */
const post = async (url: string, query: string, client = '127.0.0.1') => {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    dispatcher: from(client),
  });
  const text = await response.text();
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: JSON.parse(text),
    bytes: text.length,
    ms: performance.now() - started,
  };
};
type Answer = Awaited<ReturnType<typeof post>>;
const codes = (answer: Answer): string[] =>
  (answer.body.errors ?? []).map(
    (error: { extensions?: { code?: string } }) => error.extensions?.code,
  );

/** The driver, with the sessions open at once counted (a session holds one connection). */
function countingSessions(driver: () => Driver) {
  const sessions = { open: 0, most: 0 };
  const counted = () =>
    new Proxy(driver(), {
      get(target, property) {
        if (property === 'session') {
          return (config: Parameters<Driver['session']>[0]) => {
            const session = target.session(config);
            sessions.open++;
            sessions.most = Math.max(sessions.most, sessions.open);
            const close = session.close.bind(session);
            session.close = () => {
              sessions.open--;
              return close();
            };
            return session;
          };
        }
        const value = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  return { sessions, counted };
}

function busyWait(ms: number) {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // The event loop is held, as a request building a huge answer would hold it.
  }
}

describe('admission, concurrency and response size', () => {
  const db = useSharedGraph(LARGE_GENERATED);
  const credentials = () => {
    const { NEO4J_USERNAME, NEO4J_PASSWORD } = db.env;
    return { username: NEO4J_USERNAME as string, password: NEO4J_PASSWORD as string };
  };
  const smallPool = (size: number, acquisitionMs: number) =>
    neo4j.driver(db.uri, neo4j.auth.basic(credentials().username, credentials().password), {
      maxConnectionPoolSize: size,
      connectionAcquisitionTimeout: acquisitionMs,
      maxTransactionRetryTime: 0,
      disableLosslessIntegers: true,
    });

  const counting = countingSessions(db.driver);
  const counted = useHttpApi(counting.counted, db.database, api({ maxStatementsPerRequest: 4 }));
  /** The default MAX_RESPONSE_BYTES. */
  const bounded = useHttpApi(
    db.driver,
    db.database,
    api({ maxResponseBytes: DEFAULT_LIMITS.maxResponseBytes }),
  );
  const generous = useHttpApi(
    db.driver,
    db.database,
    api({ queryTimeoutMs: 60_000, maxResponseBytes: 100_000_000 }),
  );

  beforeAll(async () => {
    // Warm Neo4j's caches, so that timings below are not those of a cold start.
    const warm = await post(generous.url(), HEAVY);
    expect(codes(warm)).toEqual([]);
  }, 120_000);

  it('runs at most MAX_STATEMENTS_PER_REQUEST statements of one request at once', async () => {
    counting.sessions.most = 0;
    const answer = await post(counted.url(), searches(20));
    expect(codes(answer)).toEqual([]);
    expect(Object.keys(answer.body.data)).toHaveLength(20);
    expect(counting.sessions.most).toBeGreaterThan(0);
    expect(counting.sessions.most).toBeLessThanOrEqual(4);
  });

  describe('with room for 2 requests executing and 3 waiting', () => {
    const small = useHttpApi(
      db.driver,
      db.database,
      api({ maxConcurrentRequests: 2, maxQueuedRequests: 3, maxQueueWaitMs: 30_000 }),
    );
    let statementSent: (() => void) | undefined;
    const impatient = useHttpApi(
      db.driver,
      db.database,
      api({ maxConcurrentRequests: 1, maxQueuedRequests: 3, maxQueueWaitMs: 100 }),
      () => statementSent?.(),
    );

    it('refuses a burst beyond that at once with 503 and Retry-After, and runs the rest', async () => {
      const answers = await Promise.all(Array.from({ length: 8 }, () => post(small.url(), BIG)));
      const refused = answers.filter((answer) => answer.status === 503);
      const served = answers.filter((answer) => answer.status !== 503);
      expect(refused).toHaveLength(3);
      for (const answer of refused) {
        expect(codes(answer)).toEqual(['SERVICE_UNAVAILABLE']);
        expect(answer.body.errors[0].message).toContain('MAX_QUEUED_REQUESTS');
        expect(Number(answer.retryAfter)).toBeGreaterThan(0);
        // At once: not after a query timeout, and sooner than any request that ran.
        expect(answer.ms).toBeLessThan(1_000);
        expect(answer.ms).toBeLessThan(Math.min(...served.map((other) => other.ms)));
      }
      for (const answer of served) {
        expect(codes(answer)).toEqual([]);
        expect(answer.body.data.e0.edges).toHaveLength(100);
      }
    }, 120_000);

    it('refuses a request that waited too long for its turn, rather than run it late', async () => {
      // The small request is sent once the big one (six big fields) holds the only slot and has
      // sent its first statement: sent together, the small one may reach admission first.
      const running = new Promise<void>((resolve) => {
        statementSent = resolve;
      });
      const holding = post(impatient.url(), `{ ${[0, 1, 2, 3, 4, 5].map(bigField).join(' ')} }`);
      await running;
      statementSent = undefined;
      const [first, second] = await Promise.all([holding, post(impatient.url(), TRIVIAL)]);
      expect(codes(first)).toEqual([]);
      expect(second.status).toBe(503);
      expect(second.body.errors[0].message).toContain('MAX_QUEUE_WAIT_MS');
      expect(second.retryAfter).toBe('1');
      expect(second.ms).toBeLessThan(first.ms);
    });
  });

  describe('lanes: requests over HEAVY_REQUEST_COST', () => {
    /** 20 entities with their first 100 facts: heavy, and a few hundred ms each. */
    const MEDIUM = `{ entities(first: 20) { edges { node { id ... on Organization { facts(first: 100) { edges { node { id description involves { role entity { id name } } } } } } } } } }`;
    /** One heavy request at a time, one per client, and a heavy wait no test reaches. */
    const laneApi = (limits: Partial<RequestLimits> = {}) =>
      useHttpApi(
        db.driver,
        db.database,
        api({
          heavyRequestCost: 1_000,
          maxHeavyRequests: 1,
          maxHeavyRequestsPerClient: 1,
          maxHeavyQueueWaitMs: 60_000,
          ...limits,
        }),
      );
    const lanes = laneApi();

    // Room for two requests: with one lane, three heavy requests would take both and keep the
    // cheap one waiting until the last of them began.
    const twoSlots = laneApi({ maxConcurrentRequests: 2 });

    it('answers a cheap request while heavy ones run and wait, not after them', async () => {
      const started = performance.now();
      const ended = (answer: Answer) => ({ ...answer, at: performance.now() - started });
      const heavy = ['127.0.1.1', '127.0.1.2', '127.0.1.3'].map((client) =>
        post(twoSlots.url(), HEAVY, client).then(ended),
      );
      await sleep(100);
      const cheap = ended(await post(twoSlots.url(), TRIVIAL, '127.0.1.4'));
      const answers = await Promise.all(heavy);
      expect(codes(cheap)).toEqual([]);
      expect(cheap.body.data).toEqual({ entity: { name: 'Organization 0000000' } });
      for (const answer of answers) expect(codes(answer)).toEqual([]);
      // Heavy requests run one at a time; the cheap one did not wait for them to drain.
      const lastHeavy = Math.max(...answers.map((answer) => answer.at));
      expect(cheap.at).toBeLessThan(lastHeavy);
      const heavyEnds = answers.map((answer) => answer.at).sort((a, b) => a - b);
      expect(heavyEnds[2] as number).toBeGreaterThan((heavyEnds[0] as number) * 1.5);
    }, 120_000);

    it("runs one client's heavy requests one at a time, and another client's between them", async () => {
      const flood = Array.from({ length: 4 }, () => post(lanes.url(), MEDIUM, '127.0.2.1'));
      await sleep(50);
      const other = await post(lanes.url(), MEDIUM, '127.0.2.2');
      const answers = await Promise.all(flood);
      for (const answer of [...answers, other]) expect(codes(answer)).toEqual([]);
      // The other client waited for at most the flood's running request, not for its line:
      // at least two of the flood's four answered after it.
      const later = answers.filter((answer) => answer.ms > other.ms + 50);
      expect(later.length).toBeGreaterThanOrEqual(2);
    }, 120_000);

    const shortLines = laneApi({ maxQueuedRequests: 8 });

    it('refuses a client more heavy requests than its line holds, with 429 at once', async () => {
      // The client's first heavy request runs for a while (twenty searches, one at a time, with
      // small answers that leave the event loop free) ...
      const running = post(shortLines.url(), searches(20), '127.0.3.1');
      await expect
        .poll(async () => (await fetch(shortLines.url('/metrics'))).text(), { timeout: 10_000 })
        .toMatch(/^policygraph_heavy_requests_executing 1$/m);
      // ... so of eleven more, eight wait in its line (MAX_QUEUED_REQUESTS) and three are refused.
      const answers = await Promise.all(
        Array.from({ length: 11 }, () => post(shortLines.url(), MEDIUM, '127.0.3.1')),
      );
      const first = await running;
      expect(codes(first)).toEqual([]);
      const refused = answers.filter((answer) => answer.status === 429);
      const seen = JSON.stringify({
        first: Math.round(first.ms),
        answers: answers.map((answer) => [answer.status, Math.round(answer.ms)]),
      });
      expect(refused, seen).toHaveLength(3);
      for (const answer of refused) {
        expect(codes(answer)).toEqual(['TOO_MANY_REQUESTS']);
        expect(answer.body.errors[0].message).toContain('MAX_HEAVY_REQUESTS_PER_CLIENT');
        expect(Number(answer.retryAfter)).toBeGreaterThan(0);
      }
      const served = answers.filter((answer) => answer.status === 200);
      expect(served).toHaveLength(8);
      for (const answer of served) expect(codes(answer)).toEqual([]);
      // At once: before any of the waiting ones, which wait for the first.
      for (const answer of refused) {
        expect(answer.ms).toBeLessThan(Math.min(...served.map((other) => other.ms)));
      }
    }, 120_000);
  });

  describe('RATE_LIMIT_PER_CLIENT', () => {
    const limited = useHttpApi(db.driver, db.database, api({ rateLimitPerClient: 5 }));

    it('answers a client over its rate 429 within a second, and serves other clients', async () => {
      const answers = await Promise.all(
        Array.from({ length: 8 }, () => post(limited.url(), TRIVIAL, '127.0.4.1')),
      );
      const other = await post(limited.url(), TRIVIAL, '127.0.4.2');
      const refused = answers.filter((answer) => answer.status === 429);
      expect(refused).toHaveLength(3);
      for (const answer of refused) {
        expect(codes(answer)).toEqual(['TOO_MANY_REQUESTS']);
        expect(answer.body.errors[0].message).toContain('RATE_LIMIT_PER_CLIENT');
        expect(answer.retryAfter).toBe('1');
        // Held until the client's second is over, so a flood is slowed to its rate.
        expect(answer.ms).toBeLessThan(1_500);
      }
      expect(answers.filter((answer) => answer.status === 200)).toHaveLength(5);
      expect(codes(other)).toEqual([]);
      // Health checks are never limited.
      const health = await Promise.all(
        Array.from({ length: 8 }, () =>
          fetch(limited.url('/health'), { dispatcher: from('127.0.4.1') }),
        ),
      );
      expect(health.map((response) => response.status)).toEqual(Array(8).fill(200));
    });
  });

  describe('on a pool of 4 connections', () => {
    let pool: Driver;
    let probe: Driver;
    let heldPool: Driver;
    let heldProbe: Driver;
    beforeAll(() => {
      pool = smallPool(4, 1_000);
      probe = smallPool(1, 2_000);
      heldPool = smallPool(2, 500);
      // As createProbeDriver makes it: a connection of its own for /ready.
      heldProbe = smallPool(1, 2_000);
    });
    afterAll(async () => {
      for (const driver of [pool, probe, heldPool, heldProbe]) await driver?.close();
    });
    // As the configuration sizes it: 4 connections / 2 statements per request = 2 requests.
    const sized = useHttpApi(
      () => pool,
      db.database,
      api({
        maxStatementsPerRequest: 2,
        maxConcurrentRequests: 2,
        maxQueuedRequests: 50,
        maxQueueWaitMs: 60_000,
      }),
    );

    it('serves a burst of fifteen requests of 20 aliased searches, and a trivial one meanwhile', async () => {
      const burst = Array.from({ length: 15 }, () => post(sized.url(), searches(20)));
      const trivial = await post(sized.url(), TRIVIAL);
      const answers = await Promise.all(burst);
      expect(codes(trivial)).toEqual([]);
      expect(trivial.body.data).toEqual({ entity: { name: 'Organization 0000000' } });
      for (const answer of answers) {
        expect(answer.status).toBe(200);
        expect(codes(answer)).toEqual([]);
      }
    }, 120_000);

    it('says SERVICE_UNAVAILABLE when no connection comes free, and /ready stays 200', async () => {
      // Another user of the same driver holds its two connections.
      const app = await serve(heldPool, heldProbe, db.database);
      const held = [heldPool.session(), heldPool.session()];
      const transactions = await Promise.all(held.map((session) => session.beginTransaction()));
      await Promise.all(transactions.map((tx) => tx.run('RETURN 1')));
      try {
        const answer = await post(app.url(), TRIVIAL);
        expect(answer.status).toBeLessThan(500);
        expect(codes(answer)).toEqual(['SERVICE_UNAVAILABLE']);
        expect(answer.body.errors[0].message).toMatch(/busy.*try again/);
        expect((await fetch(app.url('/ready'))).status).toBe(200);
      } finally {
        for (const tx of transactions) await tx.rollback();
        for (const session of held) await session.close();
        await app.server.close();
      }
    });
  });

  describe('MAX_RESPONSE_BYTES', () => {
    const budgeted = useHttpApi(db.driver, db.database, api({ maxResponseBytes: 200_000 }));
    const tiny = useHttpApi(db.driver, db.database, api({ maxResponseBytes: 5_000 }));

    it('stops a request whose records are over it, before building the answer', async () => {
      const full = await post(generous.url(), BIG);
      expect(codes(full)).toEqual([]);
      expect(full.bytes).toBeGreaterThan(500_000);
      const refused = await post(budgeted.url(), BIG);
      expect(refused.status).toBeLessThan(500);
      expect(refused.body.data ?? null).toBeNull();
      expect(refused.body.errors).toHaveLength(1);
      expect(refused.body.errors[0]).toMatchObject({
        message: expect.stringContaining('MAX_RESPONSE_BYTES'),
        extensions: { code: 'RESPONSE_TOO_LARGE', limit: 'MAX_RESPONSE_BYTES' },
      });
      expect(refused.ms).toBeLessThan(full.ms);
    });

    it('measures the serialised answer too', async () => {
      // One record read, repeated a hundred times in the answer.
      const ids = JSON.stringify(Array.from({ length: 100 }, () => 'org-0000000'));
      const answer = await post(
        tiny.url(),
        `{ nodes(ids: ${ids}) { id ... on Organization { name aliases } } }`,
      );
      expect(answer.status).toBeLessThan(500);
      expect(codes(answer)).toEqual(['RESPONSE_TOO_LARGE']);
      expect(answer.bytes).toBeLessThan(5_000);
    });
  });

  it('keeps the event loop moving during a heavy request, and answers a cheap one meanwhile', async () => {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    // About 3 MB of answer: without MAX_RESPONSE_BYTES it held the loop for over a second.
    const heavy = post(bounded.url(), HEAVY);
    const probes: Answer[] = [];
    for (let i = 0; i < 10; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      probes.push(await post(counted.url(), TRIVIAL));
    }
    const answer = await heavy;
    delay.disable();
    const maxMs = delay.max / 1e6;
    const p99Ms = delay.percentile(99) / 1e6;
    console.log(
      `event-loop delay during a heavy request: p99 ${p99Ms.toFixed(0)} ms, max ${maxMs.toFixed(0)} ms; probes ${probes.map((probe) => probe.ms.toFixed(0)).join(', ')} ms; heavy ${answer.status} ${codes(answer).join(',') || 'ok'} in ${answer.ms.toFixed(0)} ms`,
    );
    expect(codes(answer)).toEqual(['RESPONSE_TOO_LARGE']);
    for (const probe of probes) expect(codes(probe)).toEqual([]);
    // Loose, for a 2-core machine that runs the client, the server and Neo4j: the point is no
    // stall of seconds. Before MAX_RESPONSE_BYTES this request was answered (3 MB) with p99
    // 870 ms, max 1,139 ms and a probe waiting 2.8 s; since, p99 200-520 ms, max 700-900 ms
    // (garbage collection and the driver decoding what was read), probes under 1.3 s.
    expect(p99Ms).toBeLessThan(750);
    expect(maxMs).toBeLessThan(1_500);
    expect(Math.max(...probes.map((probe) => probe.ms))).toBeLessThan(2_000);
    const metrics = await (await fetch(counted.url('/metrics'))).text();
    expect(metrics).toMatch(/^policygraph_event_loop_delay_seconds\{quantile="0\.99"\} \d/m);
    expect(metrics).toMatch(/^policygraph_requests_executing \d+$/m);
    expect(metrics).toMatch(/^policygraph_requests_queued \d+$/m);
    expect(metrics).toMatch(/^policygraph_statements_in_flight \d+$/m);
    expect(metrics).toMatch(/^process_resident_memory_bytes \d+$/m);
  }, 120_000);

  describe('QUERY_TIMEOUT', () => {
    it('is said when Neo4j ran long', async () => {
      const reader = { driver: db.driver(), database: db.database, timeoutMs: 300 };
      const slow = 'UNWIND range(1, 1000000000) AS x WITH x WHERE x = -1 RETURN count(x) AS n';
      // The queries' own error; src/graphql/errors.ts tells clients QUERY_TIMEOUT for it.
      await expect(readRows(reader, slow, {})).rejects.toBeInstanceOf(StatementTimedOut);
    });

    it('is not said when this process was slow to take a quick answer', async () => {
      let held = false;
      const watched = neo4j.driver(
        db.uri,
        neo4j.auth.basic(credentials().username, credentials().password),
        {
          disableLosslessIntegers: true,
          logging: {
            level: 'debug',
            // The first record arrives, and the process is busy elsewhere for 3 s (longer than
            // the timeout and Neo4j's 2-s check of it).
            logger: (_level, message) => {
              if (!held && message.includes('S: RECORD')) {
                held = true;
                busyWait(3_000);
              }
            },
          },
        },
      );
      try {
        const reader = { driver: watched, database: db.database, timeoutMs: 300 };
        const rows = await readRows(reader, 'UNWIND range(1, 20000) AS x RETURN x', {});
        expect(held).toBe(true);
        expect(rows).toHaveLength(20_000);
      } finally {
        await watched.close();
      }
    }, 30_000);
  });
});

/** An app of its own on `driver`, with /ready asking `readinessDriver`. */
async function serve(driver: Driver, readinessDriver: Driver, database: string) {
  const server = await listen(createApp({ driver, database, api: api(), readinessDriver }), 0, {
    host: '127.0.0.1',
  });
  return { url: (path = '/graphql') => `http://127.0.0.1:${server.port}${path}`, server };
}
