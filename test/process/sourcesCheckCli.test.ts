import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { type SourcesServer, startSourcesServer } from '../support/sourcesServer.js';

/** `policygraph sources check` as a curator runs it, on the fixture seed's local pages. */

let server: SourcesServer;
let dir: string;
let seed: string;

beforeAll(async () => {
  server = await startSourcesServer();
  dir = mkdtempSync(path.join(tmpdir(), 'policygraph-sources-'));
  seed = server.writeSeed(mkdtempSync(path.join(dir, 'seed-')));
});

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// Small limits: the slow page costs two attempts of a second.
const FAST = ['--timeout', '1', '--retries', '1', '--max-bytes', '262144', '--concurrency', '4'];

async function check(args: string[]): Promise<{ code: number | null; output: string }> {
  const cli = runCli(['sources', 'check', '--seed', seed, ...FAST, ...args], {});
  const code = await cli.exited;
  return { code, output: cli.output() };
}

describe('policygraph sources check', () => {
  it('exits 1 on dead links and missing quotes, lists them, and writes both reports', async () => {
    const out = path.join(dir, 'reports');
    const { code, output } = await check(['--out', out]);
    expect(code, output).toBe(1);
    expect(output).toMatch(/^dead +page-gone +\S+\/gone +HTTP 404 Not Found$/m);
    expect(output).toMatch(
      /^quote missing +page-quote-absent .*"This sentence was edited away\.": not on the page$/m,
    );
    expect(output).toMatch(/^not fully checked +page-pdf .*not HTML \(application\/pdf\)/m);
    expect(output).not.toMatch(/^\S.* page-ok /m);
    expect(output).toContain(
      'Checked 14 sources (13 addresses): 6 ok, 5 dead, 1 quote missing, 2 not fully checked; quotes: 7 found, 1 missing, 4 not checked in',
    );
    const json = JSON.parse(readFileSync(path.join(out, 'sources-check.json'), 'utf8'));
    expect(json.summary.byStatus).toEqual({ ok: 6, dead: 5, quoteMissing: 1, unchecked: 2 });
    expect(json.settings).toEqual({
      concurrency: 4,
      limits: {
        timeoutMs: 1000,
        retries: 1,
        retryDelayMs: 1000,
        maxRedirects: 10,
        maxBytes: 262144,
      },
    });
    const markdown = readFileSync(path.join(out, 'sources-check.md'), 'utf8');
    expect(markdown).toMatch(/^# Sources check\n/);
    expect(markdown).toContain('## Dead links');
  });

  it('exits 0 when the sources named with --only are all fine', async () => {
    const { code, output } = await check(['--only', 'page-ok', 'page-markup', 'page-pdf-uncited']);
    expect(code, output).toBe(0);
    expect(output).toContain('Checked 3 sources (3 addresses): 3 ok, 0 dead');
  });

  it('exits 2 when the check cannot be made: an unknown source, a bad option, an invalid seed', async () => {
    const unknown = await check(['--only', 'page-okk']);
    expect(unknown.code).toBe(2);
    expect(unknown.output).toContain(
      'policygraph: --only: no source "page-okk" in the seed; did you mean "page-ok"?',
    );
    const badOption = await check(['--concurrency', '0']);
    expect(badOption.code).toBe(2);
    expect(badOption.output).toContain('a whole number, 1 or more');
    const invalid = runCli(['sources', 'check', '--seed', 'test/fixtures/broken/bad-url.yaml'], {});
    expect(await invalid.exited).toBe(2);
    expect(invalid.output()).toContain('is not valid');
  });
});
