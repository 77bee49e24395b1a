import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ARTIFACTS } from '../support/artifacts.js';
import { useSharedGraph } from '../support/database.js';
import { useHttpApi } from '../support/http.js';
import { type PythonRun, runPython } from '../support/python.js';
import { CURATED_SEED } from '../support/sharedGraphs.js';

/**
 * examples/notebook/policygraph_tour.py, the notebook's plain Python twin, run as CI runs it:
 * against the curated seed served over HTTP, with its figures written to test-artifacts/notebook.
 */
const SCRIPT = 'examples/notebook/policygraph_tour.py';
const FIGURES = ['openai-neighbourhood.png', 'patent-families-by-country.png'];
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The lines printed under a title: a table's header and rows, up to the next blank line. */
function printedUnder(output: string, title: string): string[] {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => line.startsWith(title));
  if (start < 0) throw new Error(`"${title}" is not in the output:\n${output}`);
  const end = lines.findIndex((line, index) => index > start && line.trim() === '');
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** The one printed row that mentions the fact with this id. */
function rowOf(rows: string[], id: string): string {
  const matching = rows.filter((row) => new RegExp(`(^|\\s)${id}(\\s|$)`).test(row));
  expect(matching, `rows mentioning ${id}`).toHaveLength(1);
  return matching[0] as string;
}

/** A record of a curated seed file, by id. */
async function seedRecord(file: string, list: string, id: string): Promise<any> {
  const records = parse(await readFile(join('seed', file), 'utf8'))[list] as { id: string }[];
  const record = records.find((candidate) => candidate.id === id);
  if (!record) throw new Error(`${id} is not in seed/${file}`);
  return record;
}

describe('the notebook twin (examples/notebook/policygraph_tour.py) on the curated seed', () => {
  const db = useSharedGraph(CURATED_SEED);
  const api = useHttpApi(db.driver, db.database);
  let figures: string;
  let run: PythonRun;

  beforeAll(async () => {
    // Kept after the run, with the explorer's screenshots, for people to look at.
    figures = join(ARTIFACTS, 'notebook');
    await rm(figures, { recursive: true, force: true });
    run = await runPython([SCRIPT], {
      POLICYGRAPH_URL: api.url(),
      POLICYGRAPH_FIGURES: figures,
      // Small pages, so that every list takes several and the script must follow the cursors.
      POLICYGRAPH_PAGE_SIZE: '4',
    });
  });

  const totalCount = async (type: string): Promise<number> =>
    (await api.post({ query: `{ facts(types: [${type}]) { totalCount } }` })).body.data.facts
      .totalCount;

  it('runs to the end without an error', () => {
    expect(run.code, `the script failed; its stderr:\n${run.stderr}`).toBe(0);
  });

  it('tables every investment, a page at a time, with amounts or "undisclosed"', async () => {
    const rows = printedUnder(run.stdout, 'Investments').slice(1);
    expect(rows).toHaveLength(await totalCount('INVESTMENT'));

    // Microsoft's first investment in OpenAI, as seed/ records it.
    const first = await seedRecord(
      'facts/investments.yaml',
      'investments',
      'microsoft-investment-openai-2019',
    );
    const row = rowOf(rows, first.id);
    expect(row).toMatch(/^\S+\s+Microsoft\s+OpenAI\s/);
    expect(row).toContain(first.date);
    expect(row).toContain(`${first.amount.currency} ${first.amount.value.toLocaleString('en-US')}`);
    expect(row).toContain(first.round);
    for (const citation of first.sources) expect(row).toContain(await sourceUrl(citation.source));

    // An undisclosed round shows "undisclosed", with the press's estimate beside it.
    const second = await seedRecord(
      'facts/investments.yaml',
      'investments',
      'microsoft-investment-openai-2021',
    );
    expect(second.undisclosed).toBe(true);
    const estimate = second.estimates[0];
    expect(rowOf(rows, second.id)).toMatch(
      new RegExp(`undisclosed\\s+${estimate.currency} ${estimate.value.toLocaleString('en-US')}`),
    );
  });

  it('tables every board seat, such as Microsoft’s observer seat on the OpenAI nonprofit’s board', async () => {
    const rows = printedUnder(run.stdout, 'Board seats').slice(1);
    expect(rows).toHaveLength(await totalCount('BOARD_SEAT'));

    const seat = await seedRecord(
      'facts/board-seats.yaml',
      'boardSeats',
      'dee-templeton-openai-observer',
    );
    const row = rowOf(rows, seat.id);
    expect(row).toMatch(/^Dee Templeton\s+OpenAI Foundation\s+Microsoft\s+observer\s+no\s/);
    expect(row.split(/\s+/)).toEqual(expect.arrayContaining([seat.start, seat.end, seat.status]));
  });

  it("draws OpenAI's own facts and everything they involve, one step out, none cut", async () => {
    // A hub's two-step neighbourhood is most of the graph, too much to read in one picture.
    const hood = (
      await api.post({
        query:
          '{ neighbourhood(id: "openai", depth: 1, limit: 500) { truncated entities { id } facts { id } } }',
      })
    ).body.data.neighbourhood;
    expect(hood.truncated).toBe(false);
    expect(run.stdout).not.toContain('The API cut the neighbourhood short');
    expect(run.stdout).toMatch(
      new RegExp(
        `^OpenAI, one step out: ${hood.entities.length} entities, ${hood.facts.length} facts \\(`,
        'm',
      ),
    );
  });

  it('tells the founding story: the block, and the routes through Azure OpenAI and 21Vianet', () => {
    const story = printedUnder(run.stdout, 'OpenAI from China on 2024-08-01');
    expect(story[0]).toContain('OpenAI is blocked in China');
    expect(story).toContainEqual(
      expect.stringMatching(/^Blocked by openai-api-block-china-2024 .*imposed by OpenAI/),
    );
    expect(story).toContainEqual(
      expect.stringMatching(/^Route \d: Azure OpenAI Service by Microsoft, operated by 21Vianet$/),
    );
    expect(story).toContainEqual(
      expect.stringMatching(/^ {2}Partnership microsoft-21vianet-azure-china: 21Vianet operates/),
    );
    // Every step is printed with its sources.
    const sourceLines = story.filter((line) => line.trim().startsWith('sources:'));
    expect(sourceLines.length).toBeGreaterThanOrEqual(4);
    for (const line of sourceLines) expect(line).toMatch(/sources: https?:\/\/\S+/);
  });

  it('adds up patent families by country to the totals the API ranks', async () => {
    const ranking: { count: number; entity: { name: string } }[] = (
      await api.post({
        query: `{ patentRanking(by: JURISDICTION, field: "generative AI", unit: "patent-families",
                  first: 100) { count entity { name } } }`,
      })
    ).body.data.patentRanking;
    expect(ranking.length).toBeGreaterThan(0);

    const rows = printedUnder(run.stdout, 'generative AI patent-families by country').slice(1);
    expect(rows).toHaveLength(ranking.length);
    ranking.forEach(({ entity, count }, index) => {
      // Highest first, as the API ranks them.
      const name = entity.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(rows[index]).toMatch(new RegExp(`^${name}\\s+[A-Z]{2}\\s+${count}\\s`));
    });
  });

  it('saves both figures as real PNG images', async () => {
    expect((await readdir(figures)).sort()).toEqual(FIGURES);
    for (const name of FIGURES) {
      const png = await readFile(join(figures, name));
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE), `${name} is a PNG`).toBe(true);
      expect(png.length, `${name}'s size in bytes`).toBeGreaterThan(30_000);
      // The IHDR chunk: width and height in pixels.
      expect(png.readUInt32BE(16), `${name}'s width`).toBeGreaterThan(1000);
      expect(png.readUInt32BE(20), `${name}'s height`).toBeGreaterThan(600);
    }
  });

  it("raises the API's errors with their codes from query()", async () => {
    // The setup and helper cells of the twin, then one wrong request.
    const program = `
import sys
sys.path.insert(0, "examples/notebook")
from build_notebook import read_cells
cells = [text for kind, text in read_cells(open("${SCRIPT}").read()) if kind == "code"]
helpers = cells[: next(i for i, text in enumerate(cells) if "def query(" in text) + 1]
namespace = {}
for cell in helpers:
    exec(cell, namespace)
try:
    namespace["query"]("query ($n: Int) { facts(first: $n) { totalCount } }", {"n": 500})
except namespace["GraphQLError"] as error:
    print(error)
`;
    const tried = await runPython(['-c', program], {
      POLICYGRAPH_URL: api.url(),
      POLICYGRAPH_FIGURES: figures,
      PYTHONDONTWRITEBYTECODE: '1', // no __pycache__ left in examples/notebook/
    });
    expect(tried.code, tried.stderr).toBe(0);
    expect(tried.stdout).toContain('The API answered with errors:');
    expect(tried.stdout).toMatch(/BAD_USER_INPUT: first must be between 1 and 100; got 500\./);
  });
});

/** A source's URL, by id, from whichever seed file holds it (seed/sources.yaml, seed/sources/). */
async function sourceUrl(id: string): Promise<string> {
  const files = [
    'sources.yaml',
    ...(await readdir(join('seed', 'sources'))).map((f) => `sources/${f}`),
  ];
  for (const file of files) {
    const records = (parse(await readFile(join('seed', file), 'utf8'))?.sources ?? []) as {
      id: string;
      url: string;
    }[];
    const record = records.find((candidate) => candidate.id === id);
    if (record) return record.url;
  }
  throw new Error(`${id} is in no seed file of sources`);
}
