import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InvalidArgumentError } from 'commander';
import { formatSeedError } from '../seed/errors.js';
import { validateSeed } from '../seed/validate.js';
import { checkSources, SourcesCheckError, sourcesToCheck } from '../sources/check.js';
import { DEFAULT_LIMITS, type FetchLimits } from '../sources/fetchPage.js';
import {
  hasProblems,
  problemOf,
  type SourcesCheck,
  STATUS_WORDS,
  summarize,
  summaryLine,
  toJson,
  toMarkdown,
} from '../sources/report.js';
import { writeFailure } from './outputFile.js';
import { progressReporter } from './progress.js';

export interface SourcesCheckCliOptions {
  seed: string;
  only?: string[];
  concurrency: number;
  /** Seconds per attempt. */
  timeout: number;
  retries: number;
  maxRedirects: number;
  maxBytes: number;
  out?: string;
}

export const DEFAULT_CONCURRENCY = 8;

/** The files written in --out. */
export const REPORT_FILES = { markdown: 'sources-check.md', json: 'sources-check.json' } as const;

/** The exit code when the check could not be made (1 means it was made and found problems). */
export const CHECK_NOT_MADE = 2;

/** commander's parser for a whole number of at least `min`. */
export function wholeNumber(min: number): (text: string) => number {
  return (text) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < min) {
      throw new InvalidArgumentError(`a whole number, ${min} or more`);
    }
    return value;
  };
}

/** commander's parser for a time limit: seconds, more than 0, fractions allowed. */
export function positiveSeconds(text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) {
    throw new InvalidArgumentError('a number of seconds, more than 0');
  }
  return value;
}

/**
 * `policygraph sources check`: fetches every source's page (or those of --only), looks for each
 * quote cited for it, prints what is not ok and a summary, and writes the reports to --out.
 * Exit code 0 when every link is alive and every quote checked is on its page, 1 when a link is
 * dead or a quote missing, 2 (CHECK_NOT_MADE, set by the caller) when the check cannot be made.
 */
export async function sourcesCheck(options: SourcesCheckCliOptions): Promise<void> {
  const validation = validateSeed(options.seed);
  if (validation.errors.length > 0) {
    for (const error of validation.errors) console.error(formatSeedError(error));
    throw new SourcesCheckError(
      `the seed in ${options.seed} is not valid (${validation.errors.length} ${validation.errors.length === 1 ? 'error' : 'errors'} above): fix it, then check its sources`,
    );
  }
  const sources = sourcesToCheck(validation.seed, options.only);
  // The reports' folder is made before the check, not found unwritable after it.
  if (options.out)
    await writing(options.out, () => mkdir(options.out as string, { recursive: true }));
  const limits: FetchLimits = {
    timeoutMs: options.timeout * 1000,
    retries: options.retries,
    retryDelayMs: DEFAULT_LIMITS.retryDelayMs,
    maxRedirects: options.maxRedirects,
    maxBytes: options.maxBytes,
  };
  const checkedAt = new Date().toISOString();
  const started = performance.now();
  const reports = await checkSources(sources, {
    limits,
    concurrency: options.concurrency,
    onProgress: progressReporter('Checking sources', 'sources'),
  });
  const summary = summarize(reports);
  const check: SourcesCheck = {
    checkedAt,
    seed: options.seed,
    settings: { concurrency: options.concurrency, limits },
    summary,
    sources: reports,
  };
  for (const source of reports) {
    if (source.status === 'ok') continue;
    const status = STATUS_WORDS[source.status].padEnd(17);
    console.log(`${status} ${source.id}  ${source.url}  ${problemOf(source)}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Checked ${summaryLine(summary)} in ${seconds} s.`);
  if (options.out) {
    const markdown = path.join(options.out, REPORT_FILES.markdown);
    const json = path.join(options.out, REPORT_FILES.json);
    await writing(markdown, () => writeFile(markdown, toMarkdown(check)));
    await writing(json, () => writeFile(json, toJson(check)));
    console.log(`Reports: ${markdown}, ${json}`);
  }
  process.exitCode = hasProblems(summary) ? 1 : 0;
}

/** Runs a write; its failure becomes a SourcesCheckError that says where and why. */
async function writing(target: string, write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    throw new SourcesCheckError(
      `cannot write ${target}: ${writeFailure(error, target)}. Name another folder with --out.`,
    );
  }
}
