import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { freePort } from '../support/freePort.js';
import { SHORT_LIVED_ENV } from '../support/shortLivedNeo4j.js';

const dir = mkdtempSync(path.join(tmpdir(), 'policygraph-cli-'));

const exportCli = async (args: string[]) => {
  const run = runCli(['export', ...args], {});
  const code = await run.exited;
  return { code, output: run.output() };
};

async function boltAnswers(port: number): Promise<boolean> {
  const { connect } = await import('node:net');
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('policygraph start', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads seed/ into a fresh local Neo4j, serves GraphQL on PORT, and Ctrl-C stops both', async () => {
    const port = await freePort();
    const boltPort = await freePort();
    const cli = runCli(['start'], {
      PORT: String(port),
      LOCAL_NEO4J_PORT: String(boltPort),
      LOCAL_NEO4J_DIR: dir,
      LOCAL_NEO4J_HEAP_MB: '512',
      ...SHORT_LIVED_ENV,
    });
    const loaded = await cli.waitForLine(/^Loaded \d+ records/);
    expect(loaded).toMatch(
      /^Loaded \d+ records \(\d+ facts\): \d+ added, 0 changed, 0 removed, 0 unchanged/,
    );
    await cli.waitForLine(new RegExp(`GraphQL API at http://localhost:${port}/graphql`));
    const response = await fetch(`http://localhost:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entity(id: "openai") { name } }' }),
    });
    expect(await response.json()).toEqual({ data: { entity: { name: 'OpenAI' } } });

    cli.child.kill('SIGINT');
    expect(await cli.exited).toBe(0);
    expect(await boltAnswers(boltPort)).toBe(false);
    expect(cli.output()).not.toContain('unexpectedly');
  });

  it('validate: a summary and exit 0 for a valid seed; every error and exit 1 otherwise', async () => {
    const valid = runCli(['validate', '--seed', 'test/fixtures/seed-small'], {});
    expect(await valid.exited).toBe(0);
    expect(valid.output()).toMatch(
      /^Valid: 3 files, 8 entities, 4 facts \(3 organizations, .*\) in [\d.]+ s\.\n$/,
    );

    const broken = path.join(dir, 'broken-seed');
    cpSync('test/fixtures/seed-small', broken, { recursive: true });
    cpSync('test/fixtures/broken/unknown-reference.yaml', path.join(broken, 'a.yaml'));
    cpSync('test/fixtures/broken/bad-enum.yaml', path.join(broken, 'b.yaml'));
    const invalid = runCli(['validate', '--seed', broken], {});
    expect(await invalid.exited).toBe(1);
    expect(invalid.output()).toBe(
      [
        // What the schema refuses comes before the checks across records.
        `${broken}/b.yaml:5:11: kind: "compnay" is not allowed; use one of: company, government-body, regulator, international-organization, research-institute, university, nonprofit, investment-firm, standards-body; did you mean "company"?`,
        `${broken}/a.yaml:4:17: investors: unknown organization or person "microsfot"; did you mean "microsoft"?`,
        '',
        '2 errors in 2 files; nothing was loaded.',
        '',
      ].join('\n'),
    );

    // Issue 15: a file that did not parse is the first error, and its note is not counted.
    const bracket = path.join(dir, 'bracket-seed');
    cpSync('test/fixtures/seed-small', bracket, { recursive: true });
    cpSync('test/fixtures/broken/unclosed-bracket', path.join(bracket, 'more'), {
      recursive: true,
    });
    const unparsed = runCli(['validate', '--seed', bracket], {});
    expect(await unparsed.exited).toBe(1);
    expect(unparsed.output()).toBe(
      [
        `${bracket}/more/organizations.yaml:7:5: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
        `${bracket}/more/organizations.yaml: did not parse: 3 references to ids it may define were not checked`,
        `${bracket}/more/facts.yaml:15:13: region: unknown region "atlantis"`,
        `${bracket}/more/facts.yaml:19:25: source: unknown source "aws-2024"`,
        '',
        '3 errors in 2 files; nothing was loaded.',
        '',
      ].join('\n'),
    );
  });

  it('refuses a bad variable, naming it, before starting anything', async () => {
    const cli = runCli(['start'], { PORT: 'abc' });
    expect(await cli.exited).toBe(1);
    expect(cli.output()).toBe(
      'policygraph: Invalid environment:\n  PORT="abc": must be a port number\n',
    );
  });

  // Before Neo4j is touched: no database is needed for these.
  it('export stops with a message and exit code 1 on a malformed day, an unknown format or csv without a folder', async () => {
    const [badDay, badFormat, csvToStdout] = await Promise.all([
      exportCli(['--format', 'json', '--as-of', '2024-13-01']),
      exportCli(['--format', 'xml']),
      exportCli(['--format', 'csv']),
    ]);
    expect(badDay.code).toBe(1);
    expect(badDay.output).toMatch(/asOf must be a calendar day written YYYY-MM-DD.*"2024-13-01"/);
    expect(badFormat.code).toBe(1);
    expect(badFormat.output).toMatch(/Allowed choices are json, ndjson, csv, graphml/);
    expect(csvToStdout.code).toBe(1);
    expect(csvToStdout.output).toMatch(
      /nodes\.csv and edges\.csv: name their folder with --out DIR/,
    );
  });

  it('says, without a stack trace, what to check when Neo4j does not answer', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const cli = runCli(['export', '--format', 'json'], {
      NEO4J_URI: uri,
      NEO4J_PASSWORD: 'a-password-nobody-uses',
    });
    expect(await cli.exited).toBe(1);
    expect(cli.output()).toMatch(new RegExp(`^policygraph: Cannot reach Neo4j at ${uri}: `));
    expect(cli.output()).toContain('Check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD');
    expect(cli.output()).not.toMatch(/^\s+at /m);
  });

  it('says what to do when Java is missing', async () => {
    const cli = runCli(['start'], { JAVA_HOME: '/nonexistent/jdk' });
    expect(await cli.exited).toBe(1);
    expect(cli.output()).toMatch(/^policygraph: Java was not found .*JDK 17 or newer/);
  });
});
