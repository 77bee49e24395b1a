import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateSeed } from '../../src/seed/validate.js';
import {
  checkSources,
  type SourceReport,
  SourcesCheckError,
  sourcesToCheck,
} from '../../src/sources/check.js';
import { type FetchLimits, fetchPage } from '../../src/sources/fetchPage.js';
import { hasProblems, summarize, toJson, toMarkdown } from '../../src/sources/report.js';
import { type SourcesServer, startSourcesServer } from '../support/sourcesServer.js';

// Small limits: the slow page costs two attempts of a second (time enough for any other page
// on a busy machine), a retry waits 20 ms.
const LIMITS: FetchLimits = {
  timeoutMs: 1000,
  retries: 1,
  retryDelayMs: 20,
  maxRedirects: 5,
  maxBytes: 256 * 1024,
};
const CONCURRENCY = 2;

let server: SourcesServer;
let dir: string;
let reports: SourceReport[];
const report = (id: string): SourceReport => {
  const found = reports.find((source) => source.id === id);
  if (!found) throw new Error(`no report on ${id}`);
  return found;
};

beforeAll(async () => {
  server = await startSourcesServer();
  dir = server.writeSeed(mkdtempSync(path.join(tmpdir(), 'sources-check-')));
  const validation = validateSeed(dir);
  expect(validation.errors).toEqual([]);
  reports = await checkSources(sourcesToCheck(validation.seed), {
    limits: LIMITS,
    concurrency: CONCURRENCY,
  });
});

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('checkSources against a local server', () => {
  it('reports every source of the seed, in seed order', () => {
    const seed = validateSeed(dir).seed;
    const ids = seed.records
      .filter((record) => record.collection.group === 'source')
      .map((r) => r.id);
    expect(reports.map((source) => source.id)).toEqual(ids);
  });

  it('finds the quotes on a good page, an elided quote part by part in order', () => {
    const ok = report('page-ok');
    expect(ok.status).toBe('ok');
    expect(ok.link).toMatchObject({ reachable: true, httpStatus: 200, attempts: 1, redirects: [] });
    expect(ok.quotes.map((quote) => [quote.status, quote.citedBy])).toEqual([
      ['found', ['fact-ok']],
      ['found', ['fact-ok-elided']],
    ]);
  });

  it('reports a quote that is no longer on the page (a script holding it is no text)', () => {
    const absent = report('page-quote-absent');
    expect(absent.status).toBe('quoteMissing');
    expect(absent.quotes).toEqual([
      {
        text: 'This sentence was edited away.',
        citedBy: ['fact-ok-elided'],
        status: 'missing',
        note: 'not on the page',
      },
    ]);
  });

  it('reports a 404 as dead at once, without retrying, and leaves its quote unchecked', () => {
    const gone = report('page-gone');
    expect(gone.status).toBe('dead');
    expect(gone.link).toMatchObject({ reachable: false, reason: 'http', httpStatus: 404 });
    expect(gone.link.attempts).toBe(1);
    expect(server.hits('/gone')).toBe(1);
    expect(gone.quotes.map((quote) => quote.status)).toEqual(['unchecked']);
  });

  it('retries a 500 and takes the page the second attempt gets', () => {
    const flaky = report('page-flaky');
    expect(flaky.status).toBe('ok');
    expect(flaky.link).toMatchObject({ reachable: true, httpStatus: 200, attempts: 2 });
    expect(server.hits('/flaky')).toBe(2);
    expect(flaky.quotes.map((quote) => quote.status)).toEqual(['found']);
  });

  it('reports a page that fails every attempt as dead after the retries', () => {
    const down = report('page-down');
    expect(down.status).toBe('dead');
    expect(down.link).toMatchObject({ reason: 'http', httpStatus: 503 });
    expect(down.link.attempts).toBe(LIMITS.retries + 1);
    expect(server.hits('/down')).toBe(LIMITS.retries + 1);
  });

  it('follows a redirect to the good page', () => {
    const moved = report('page-moved');
    expect(moved.status).toBe('ok');
    expect(moved.link).toMatchObject({
      reachable: true,
      finalUrl: `${server.origin}/ok`,
      redirects: [`${server.origin}/ok`],
    });
    expect(moved.quotes.map((quote) => quote.status)).toEqual(['found']);
  });

  it('reports a redirect loop as dead, without retrying', () => {
    const loop = report('page-loop');
    expect(loop.status).toBe('dead');
    expect(loop.link).toMatchObject({
      reason: 'redirectLoop',
      detail: `redirect loop: ${server.origin}/loop-a → ${server.origin}/loop-b → ${server.origin}/loop-a`,
      attempts: 1,
    });
    expect(server.hits('/loop-a')).toBe(1);
  });

  it('gives up on a page that does not answer in time, after the retries', () => {
    const slow = report('page-slow');
    expect(slow.status).toBe('dead');
    expect(slow.link).toMatchObject({
      reason: 'timeout',
      detail: 'no complete answer within 1 s',
      attempts: LIMITS.retries + 1,
    });
  });

  it('stops reading a page at the size cap, and does not call a quote past it missing', async () => {
    const huge = report('page-huge');
    expect(huge.link).toMatchObject({
      reachable: true,
      bytesRead: LIMITS.maxBytes,
      truncated: true,
    });
    expect(huge.quotes.map((quote) => [quote.text, quote.status])).toEqual([
      ['A sentence past the cap.', 'unchecked'],
      ['The first paragraph of a page without end.', 'found'],
    ]);
    expect(huge.quotes[0]?.note).toBe(
      `not in the first ${LIMITS.maxBytes} bytes, and the rest of the page was not read`,
    );
    expect(huge.status).toBe('unchecked');
    // The server would send forever: the check closed the connection, having let through at
    // most what socket buffers hold beyond the cap.
    await server.hugeClosed;
    expect(server.hugeBytesSent()).toBeLessThan(32 * 1024 * 1024);
  });

  it('does not look for a quote in a page that is not HTML, and says so', () => {
    const pdf = report('page-pdf');
    expect(pdf.status).toBe('unchecked');
    expect(pdf.link).toMatchObject({ reachable: true, contentType: 'application/pdf' });
    expect(pdf.quotes).toEqual([
      {
        text: 'Words in a PDF.',
        citedBy: ['fact-big-and-binary'],
        status: 'unchecked',
        note: 'not HTML (application/pdf): quote not checked',
      },
    ]);
    // A PDF no fact quotes needs only to answer.
    expect(report('page-pdf-uncited')).toMatchObject({ status: 'ok', quotes: [] });
  });

  it('matches a quote across entities, markup, typographic quotes and dashes', () => {
    const markup = report('page-markup');
    expect(markup.status).toBe('ok');
    expect(markup.quotes.map((quote) => quote.status)).toEqual(['found']);
  });

  it('fetches an address that two sources share once, and reports on both', () => {
    expect(server.hits('/markup')).toBe(1);
    expect(report('page-markup-copy')).toMatchObject({
      status: 'ok',
      quotes: [expect.objectContaining({ status: 'found' })],
    });
  });

  it('reports a refused connection as dead after the retries', () => {
    const refused = report('page-refused');
    expect(refused.status).toBe('dead');
    expect(refused.link).toMatchObject({ reason: 'network', attempts: LIMITS.retries + 1 });
    expect(refused.link.reachable ? '' : refused.link.detail).toContain('ECONNREFUSED');
  });

  it('sums up: a dead link or a missing quote is a problem, a quote not checked is not', () => {
    const summary = summarize(reports);
    expect(summary.byStatus).toEqual({
      ok: 6,
      dead: 5,
      quoteMissing: 1,
      unchecked: 2,
    });
    expect(summary.sources).toBe(reports.length);
    expect(summary.addresses).toBe(reports.length - 1);
    expect(hasProblems(summary)).toBe(true);
    const fine = reports.filter(
      (source) => source.status === 'ok' || source.status === 'unchecked',
    );
    expect(hasProblems(summarize(fine))).toBe(false);
  });

  it('writes the reports: JSON with every source, Markdown with a section per problem', () => {
    const check = {
      checkedAt: '2026-01-01T00:00:00.000Z',
      seed: dir,
      settings: { concurrency: CONCURRENCY, limits: LIMITS },
      summary: summarize(reports),
      sources: reports,
    };
    const json = JSON.parse(toJson(check));
    expect(json.sources.map((source: SourceReport) => [source.id, source.status])).toEqual(
      reports.map((source) => [source.id, source.status]),
    );
    // The page's text stays out of the report.
    expect(JSON.stringify(json)).not.toContain('More of the same');
    const markdown = toMarkdown(check);
    expect(markdown).toContain('## Dead links');
    expect(markdown).toContain(`| page-gone (${path.join(dir, 'seed.yaml')}) |`);
    expect(markdown).toContain('## Quotes not on the page\n\n### page-quote-absent');
    expect(markdown).toContain('## Not fully checked');
    expect(markdown.match(/^\| page-/gm)?.length).toBe(
      reports.length +
        reports.filter((s) => s.status === 'unchecked' || s.status === 'dead').length,
    );
  });
});

describe('concurrency', () => {
  it.each([2, 5])('keeps at most %i requests in flight', async (concurrency) => {
    server.resetWaits();
    const sources = Array.from({ length: 8 }, (_, i) => ({
      id: `wait-${i}`,
      url: `${server.origin}/wait/${i}`,
      title: 'A page that answers after 50 ms',
      file: 'test',
      quotes: [{ text: 'Worth the wait.', citedBy: ['fact'] }],
    }));
    const checked = await checkSources(sources, { limits: LIMITS, concurrency });
    expect(checked.map((source) => source.status)).toEqual(sources.map(() => 'ok'));
    expect(server.maxWaitsInFlight()).toBe(concurrency);
  });
});

describe('fetchPage', () => {
  it('follows redirects up to the limit, and no further', async () => {
    const within = await fetchPage(`${server.origin}/chain/${LIMITS.maxRedirects}`, LIMITS);
    expect(within).toMatchObject({ reachable: true, finalUrl: `${server.origin}/chain/0` });
    expect(within.redirects).toHaveLength(LIMITS.maxRedirects);
    const beyond = await fetchPage(`${server.origin}/chain/${LIMITS.maxRedirects + 1}`, LIMITS);
    expect(beyond).toMatchObject({
      reachable: false,
      reason: 'tooManyRedirects',
      detail: `more than ${LIMITS.maxRedirects} redirects`,
      attempts: 1,
    });
  });

  it('refuses an address or a redirect that is not http(s), touching nothing', async () => {
    expect(await fetchPage('mailto:someone@example.org', LIMITS)).toMatchObject({
      reachable: false,
      reason: 'badUrl',
      attempts: 1,
    });
    expect(await fetchPage(`${server.origin}/to-ftp`, LIMITS)).toMatchObject({
      reachable: false,
      reason: 'badUrl',
      detail: 'redirected to ftp://127.0.0.1/file, not a web address',
    });
  });

  it('sends back the cookies a site sets on the way, so that coming back to a page is no loop', async () => {
    const page = await fetchPage(`${server.origin}/cookie`, LIMITS, { bodyIf: () => true });
    expect(page).toMatchObject({
      reachable: true,
      httpStatus: 200,
      redirects: [`${server.origin}/cookie`],
      body: { text: expect.stringContaining('Welcome back.') },
    });
    expect(server.hits('/cookie')).toBe(2);
  });

  it('reads no body unless asked', async () => {
    const page = await fetchPage(`${server.origin}/ok`, LIMITS);
    expect(page).toMatchObject({ reachable: true, httpStatus: 200 });
    expect(page.reachable && page.body).toBe(undefined);
  });
});

describe('sourcesToCheck', () => {
  it('takes the sources --only names, in that order, once each', () => {
    const seed = validateSeed(dir).seed;
    const only = sourcesToCheck(seed, ['page-markup', 'page-ok', 'page-markup']);
    expect(only.map((source) => source.id)).toEqual(['page-markup', 'page-ok']);
  });

  it('refuses an id that names no source, with the likely one', () => {
    const seed = validateSeed(dir).seed;
    expect(() => sourcesToCheck(seed, ['page-okk'])).toThrow(SourcesCheckError);
    expect(() => sourcesToCheck(seed, ['page-okk'])).toThrow(
      '--only: no source "page-okk" in the seed; did you mean "page-ok"?',
    );
    // An entity's id is no source's.
    expect(() => sourcesToCheck(seed, ['openai'])).toThrow('no source "openai"');
  });
});
