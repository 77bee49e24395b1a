import { compareSeedErrors, formatSeedError, type SeedError } from '../errors.js';
import { validateSeed } from '../validate.js';
import type { AuditCheck, AuditContext } from './check.js';
import { NO_DISTINCT_PAIRS, readDistinctPairs } from './distinctPairs.js';
import { duplicateUrls } from './duplicateUrls.js';
import { factlessEntities } from './factlessEntities.js';
import { homePages } from './homePages.js';
import { nearDuplicates } from './nearDuplicates.js';
import { quotes } from './quotes.js';
import { reviewDue } from './reviewDue.js';
import { statusDates } from './statusDates.js';

/** The checks of `policygraph audit`, each named after what it finds. */
export const AUDIT_CHECKS: readonly AuditCheck[] = [
  quotes,
  homePages,
  duplicateUrls,
  statusDates,
  nearDuplicates,
  factlessEntities,
  reviewDue,
];

/** A finding placed in its file, with the check that made it. */
export interface AuditFinding extends SeedError {
  check: string;
  severity: AuditCheck['severity'];
}

export interface AuditResult {
  /** Validation's errors: with any, the audit's checks do not run (they need a valid seed). */
  invalid: SeedError[];
  /** In file and line order. */
  findings: AuditFinding[];
}

export interface AuditOptions {
  /** YYYY-MM-DD. */
  today: string;
  /** The distinct-entities file; none: no pair is known to be distinct. */
  distinctFile?: string | undefined;
}

/**
 * `policygraph audit`: validation first, then what a valid seed may hold but should not. The
 * checks assume what validation ensures (references resolve, dates are days, a status fits a
 * fact's dates on any day), so an invalid seed gets validation's errors only, and what
 * validation already refuses is not checked twice.
 */
export function auditSeed(seedDir: string, options: AuditOptions): AuditResult {
  const validation = validateSeed(seedDir);
  if (validation.errors.length > 0) return { invalid: validation.errors, findings: [] };
  const findings: AuditFinding[] = [];
  const distinct = options.distinctFile
    ? readDistinctPairs(options.distinctFile)
    : { pairs: NO_DISTINCT_PAIRS, errors: [] };
  const listed = (severity: AuditCheck['severity'], error: SeedError) =>
    findings.push({ ...error, check: 'distinct-entities', severity });
  for (const error of distinct.errors) listed('failure', error);
  for (const entry of distinct.pairs.entries) {
    for (const id of entry.ids) {
      const record = validation.seed.byId.get(id);
      if (record?.collection.group === 'entity') continue;
      // A warning: the file may list pairs of a seed other than the one audited.
      listed('warning', entry.error(`entities: "${id}" is no entity of ${seedDir}`));
    }
  }
  const context: AuditContext = { today: options.today, distinct: distinct.pairs };
  for (const check of AUDIT_CHECKS) {
    for (const error of check.run(validation.seed, context)) {
      findings.push({ ...validation.place(error), check: check.name, severity: check.severity });
    }
  }
  return { invalid: [], findings: findings.sort(compareSeedErrors) };
}

/** `file:line:column: message [check]`, with `warning: ` before a warning's message. */
export function formatFinding(finding: AuditFinding): string {
  const prefix = finding.severity === 'warning' ? 'warning: ' : '';
  return formatSeedError({ ...finding, message: `${prefix}${finding.message} [${finding.check}]` });
}
