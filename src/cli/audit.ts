import { existsSync } from 'node:fs';
import { InvalidArgumentError } from 'commander';
import { DISTINCT_ENTITIES_FILE } from '../seed/audit/distinctPairs.js';
import { AUDIT_CHECKS, type AuditFinding, auditSeed, formatFinding } from '../seed/audit/index.js';
import { parseSeedDate } from '../seed/dates.js';
import { formatSeedError } from '../seed/errors.js';
import type { SeedOptions } from './validate.js';

export interface AuditCliOptions extends SeedOptions {
  /** The distinct-entities file; curation/distinct-entities.yaml when it exists. */
  distinct?: string;
  /** YYYY-MM-DD; today (UTC) when left out. */
  today?: string;
}

/**
 * `policygraph audit`: validate, then report what a valid seed should not hold, as
 * file:line:column like validate; exit 1 on any failure, 0 with warnings only.
 */
export function audit(options: AuditCliOptions): void {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const distinctFile =
    options.distinct ?? (existsSync(DISTINCT_ENTITIES_FILE) ? DISTINCT_ENTITIES_FILE : undefined);
  const result = auditSeed(options.seed, { today, distinctFile });
  if (result.invalid.length > 0) {
    for (const error of result.invalid) console.error(formatSeedError(error));
    console.error(
      `\n${result.invalid.length} ${plural(result.invalid.length, 'error')}: the seed is not valid (policygraph validate); the audit checks a valid seed.`,
    );
    process.exitCode = 1;
    return;
  }
  for (const finding of result.findings) console.error(formatFinding(finding));
  const failures = result.findings.filter((finding) => finding.severity === 'failure');
  const warnings = result.findings.filter((finding) => finding.severity === 'warning');
  const summary = `${failures.length} ${plural(failures.length, 'failure')}${byCheck(failures)}, ${warnings.length} ${plural(warnings.length, 'warning')}${byCheck(warnings)}`;
  if (failures.length > 0) {
    console.error(`\nAudit failed as of ${today}: ${summary}.`);
    process.exitCode = 1;
  } else {
    console.log(
      `${result.findings.length > 0 ? '\n' : ''}Audit passed as of ${today}: ${summary}.`,
    );
  }
}

/** " (quote 3, home-page 1)", in the order the checks run. */
function byCheck(findings: AuditFinding[]): string {
  const counts = AUDIT_CHECKS.map((check) => check.name)
    .concat('distinct-entities')
    .map((name) => [name, findings.filter((finding) => finding.check === name).length] as const)
    .filter(([, count]) => count > 0);
  return counts.length ? ` (${counts.map(([name, count]) => `${name} ${count}`).join(', ')})` : '';
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

/** --today: a day of the calendar, YYYY-MM-DD. */
export function dayOption(text: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) && parseSeedDate(text)) return text;
  throw new InvalidArgumentError('a day as YYYY-MM-DD');
}
