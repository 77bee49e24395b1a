import { type FileHandle, lstat, mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';
import { ExportError } from '../export/readGraph.js';

/** What went wrong, in words, for the errors a path given by the user is likely to meet. */
const REASONS: Record<string, (target: string) => string> = {
  ENOENT: (target) => `the folder ${path.dirname(target)} does not exist`,
  ENOTDIR: () => 'part of the path is a file, not a folder',
  EISDIR: () => 'it is a folder',
  // mkdir on an existing file.
  EEXIST: () => 'it is a file, not a folder',
  EACCES: () => 'permission denied',
  EPERM: () => 'permission denied',
  EROFS: () => 'the file system is read-only',
  ENOSPC: () => 'the disk is full',
  EDQUOT: () => 'the disk quota is exceeded',
};

/** Why a file or folder could not be written, in words: "the disk is full". */
export function writeFailure(error: unknown, target: string): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return REASONS[code]?.(target) ?? (error as Error).message;
}

/** A file-system error as a message for the CLI: the path, the reason, what to do. */
export function cannotWrite(error: unknown, target: string, advice: string): ExportError {
  return new ExportError(
    `cannot write ${target}: ${writeFailure(error, target)}. ${advice}`,
    'CANNOT_WRITE',
  );
}

/** `mkdir -p`, its failure explained. */
export async function makeFolder(dir: string, advice: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw cannotWrite(error, dir, advice);
  }
}

/**
 * A file an export writes, replaced if it exists. Errors arrive as rejected promises (never as
 * stream 'error' events that nobody listens to) and say what to do.
 */
export class OutputFile {
  private constructor(
    readonly path: string,
    private readonly handle: FileHandle,
    private readonly advice: string,
    /** A plain file; not /dev/null, a pipe or a symlink, which discard() must leave alone. */
    private readonly removable: boolean,
  ) {}

  static async open(file: string, advice: string): Promise<OutputFile> {
    try {
      const handle = await open(file, 'w');
      const removable = await lstat(file).then(
        (stats) => stats.isFile(),
        () => false,
      );
      return new OutputFile(file, handle, advice, removable);
    } catch (error) {
      throw cannotWrite(error, file, advice);
    }
  }

  /** Appends; resolves once the text is written, so memory stays bounded. */
  async write(text: string): Promise<void> {
    try {
      // writeFile on a handle writes at the current position, looping until all is written.
      await this.handle.writeFile(text);
    } catch (error) {
      throw cannotWrite(error, this.path, this.advice);
    }
  }

  async close(): Promise<void> {
    try {
      await this.handle.close();
    } catch (error) {
      throw cannotWrite(error, this.path, this.advice);
    }
  }

  /** After a failure: closed and removed, so that no part of an export is taken for the whole. */
  async discard(): Promise<void> {
    await this.handle.close().catch(() => {});
    if (this.removable) await rm(this.path, { force: true });
  }
}
