import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPython } from '../support/python.js';

/**
 * examples/notebook/policygraph_tour.ipynb is generated from its Python twin,
 * policygraph_tour.py (Jupytext "percent" format), by build_notebook.py. Editing one without the
 * other fails here.
 */
const FOLDER = 'examples/notebook';
const TWIN = `${FOLDER}/policygraph_tour.py`;
const NOTEBOOK = `${FOLDER}/policygraph_tour.ipynb`;
const REBUILD = `run \`.venv/bin/python ${FOLDER}/build_notebook.py\` after editing ${TWIN}`;

interface Cell {
  cell_type: string;
  id: string;
  metadata: object;
  source: string[];
  execution_count?: number | null;
  outputs?: unknown[];
}

/** The twin's cells, read independently of build_notebook.py: `# %%` starts code, `# %% [markdown]` Markdown. */
function twinCells(script: string): { kind: string; text: string }[] {
  const cells: { kind: string; lines: string[] }[] = [];
  for (const line of script.split('\n')) {
    const marker = /^# %%( \[markdown\])?/.exec(line);
    if (marker) cells.push({ kind: marker[1] ? 'markdown' : 'code', lines: [] });
    else cells.at(-1)?.lines.push(cells.at(-1)?.kind === 'markdown' ? line.slice(2) : line);
  }
  return cells.map(({ kind, lines }) => ({
    kind,
    text: lines.join('\n').replace(/^\n+|\n+$/g, ''),
  }));
}

describe('the notebook (examples/notebook/policygraph_tour.ipynb)', () => {
  let committed: string;
  let notebook: { cells: Cell[]; metadata: any; nbformat: number; nbformat_minor: number };
  let folder: string;

  beforeAll(async () => {
    committed = await readFile(NOTEBOOK, 'utf8');
    notebook = JSON.parse(committed);
    folder = await mkdtemp(join(tmpdir(), 'policygraph-notebook-'));
  });
  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('is exactly what build_notebook.py makes of the twin', async () => {
    const rebuilt = join(folder, 'rebuilt.ipynb');
    const build = await runPython([`${FOLDER}/build_notebook.py`, TWIN, rebuilt]);
    expect(build.code, build.stderr).toBe(0);
    expect(await readFile(rebuilt, 'utf8'), `${NOTEBOOK} is out of date: ${REBUILD}`).toBe(
      committed,
    );
  });

  it("has the twin's cells in the twin's order: Markdown from comment blocks, code as is", async () => {
    const expected = twinCells(await readFile(TWIN, 'utf8'));
    const actual = notebook.cells.map((cell) => ({
      kind: cell.cell_type,
      text: cell.source.join(''),
    }));
    expect(actual, REBUILD).toEqual(expected);
    // The tour's six sections, each a heading of its own.
    const headings = actual.filter(
      (cell) => cell.kind === 'markdown' && /^## \d\./.test(cell.text),
    );
    expect(headings.map((cell) => cell.text.split('\n')[0])).toEqual([
      '## 1. Who is in the graph',
      '## 2. Investments',
      '## 3. Board seats',
      "## 4. OpenAI's neighbourhood",
      '## 5. The founding story: OpenAI from mainland China',
      '## 6. Generative-AI patent filings by country',
    ]);
  });

  it('is a clean nbformat 4.5 notebook for a python3 kernel, with no outputs', () => {
    expect([notebook.nbformat, notebook.nbformat_minor]).toEqual([4, 5]);
    expect(notebook.metadata.kernelspec).toMatchObject({ name: 'python3', language: 'python' });
    const ids = notebook.cells.map((cell) => cell.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const cell of notebook.cells) {
      expect(cell.id).toMatch(/^[a-zA-Z0-9_-]{1,64}$/);
      if (cell.cell_type === 'code') {
        expect(cell, 'a code cell with outputs was committed').toMatchObject({
          execution_count: null,
          outputs: [],
        });
      }
    }
  });
});
