import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { useTestDatabase } from '../support/database.js';
import { freePort } from '../support/freePort.js';

const dir = mkdtempSync(path.join(tmpdir(), 'policygraph-dev-'));

/** `policygraph dev` on the shared Neo4j (cli.test.ts starts a local one for `start`). */
describe('policygraph dev', () => {
  const db = useTestDatabase();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('in dev mode, reloads a seed file when it changes, and shows the errors of a broken one', async () => {
    const seed = path.join(dir, 'dev-seed');
    cpSync('test/fixtures/seed-small', seed, { recursive: true });
    const cli = runCli(['dev', '--seed', seed], { ...db.env, PORT: String(await freePort()) });
    await cli.waitForLine(/Watching .* for changes/);
    const facts = path.join(seed, 'facts.yaml');
    const original = readFileSync(facts, 'utf8');

    writeFileSync(facts, original.replace('value: 1000000000', 'value: 1200000000'));
    expect(await cli.waitForLine(/^Loaded /)).toMatch(/0 added, 1 changed, 0 removed/);

    writeFileSync(facts, original.replace('investee: openai', 'investee: opnai'));
    expect(await cli.waitForLine(/facts\.yaml:\d+:\d+: /)).toBe(
      `${facts}:5:15: investee: unknown organization "opnai"; did you mean "openai"?`,
    );
    await cli.waitForLine(/graph is reloaded when they are valid/);
    cli.child.kill('SIGINT');
    expect(await cli.exited).toBe(0);
  }, 180_000);
});
