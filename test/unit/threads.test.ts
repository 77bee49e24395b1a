import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runParts, workerModule } from '../../src/seed/threads.js';

const DELAYED = workerModule(import.meta.url, '../support/delayedWorker');
const dir = mkdtempSync(path.join(tmpdir(), 'policygraph-threads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parts on threads of their own', () => {
  it('answer their results in the order of their tasks, whichever ends first', async () => {
    const run = await runParts<string>(
      DELAYED,
      [
        { ms: 200, value: 'first' },
        { ms: 10, value: 'second' },
      ],
      () => false,
    );
    expect(run).toEqual({ results: ['first', 'second'] });
  });

  it('answer the first part that declines at once, and stop the others', async () => {
    const slow = path.join(dir, 'slow');
    const run = await runParts<string>(
      DELAYED,
      [
        { ms: 400, value: 'done', file: slow },
        { ms: 10, value: 'declined' },
      ],
      (value) => value === 'declined',
    );
    expect(run).toEqual({ declined: 'declined' });
    // Had the slow part not been stopped, it would have marked its file by now.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(existsSync(slow)).toBe(false);
  });
});
