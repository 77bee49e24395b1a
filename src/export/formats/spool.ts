import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';

/**
 * Text set aside on disk to be written later: node-link JSON lists all nodes before all links,
 * while the graph is read with links between nodes. Removed by `remove()`, also when the export
 * stops early.
 */
export class Spool {
  /** A write that failed (a full disk): kept so the export fails instead of the process. */
  private failure: Error | undefined;

  private constructor(
    private readonly dir: string,
    private readonly out: ReturnType<typeof createWriteStream>,
  ) {
    out.on('error', (error) => {
      this.failure ??= error;
    });
  }

  static async create(): Promise<Spool> {
    const dir = await mkdtemp(path.join(tmpdir(), 'policygraph-export-'));
    return new Spool(dir, createWriteStream(path.join(dir, 'spool'), { encoding: 'utf8' }));
  }

  /** Waits while the disk catches up, so memory stays bounded. */
  async write(text: string): Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.out.write(text)) await once(this.out, 'drain');
  }

  /** Everything written, in chunks. */
  async *read(): AsyncGenerator<string> {
    if (this.failure) throw this.failure;
    this.out.end();
    await finished(this.out);
    yield* createReadStream(path.join(this.dir, 'spool'), {
      encoding: 'utf8',
      highWaterMark: 64 * 1024,
    });
  }

  async remove(): Promise<void> {
    this.out.destroy();
    await rm(this.dir, { recursive: true, force: true });
  }
}
