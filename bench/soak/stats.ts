/** Percentiles and per-class tallies of the soak run: pure, so the unit tests can check them. */

/** The p-th percentile (0–100) of the values, nearest-rank; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export interface Latencies {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

export function summarize(values: readonly number[]): Latencies {
  return {
    count: values.length,
    p50: percentile(values, 50),
    p99: percentile(values, 99),
    max: values.length === 0 ? Number.NaN : Math.max(...values),
  };
}

/** What one request got: an HTTP answer (status, error codes) or a client-side error. */
export type Outcome =
  | {
      status: number;
      codes: string[];
      /** Errors masked by the server ("Unexpected error.", INTERNAL_SERVER_ERROR). */
      masked: number;
      /** A 503 refused by admission control (a busy server saying "later"), not a failure. */
      admission: boolean;
      mixes: number;
      ms: number;
    }
  | { clientError: string; ms: number };

export interface ClassStats {
  requests: number;
  byStatus: Record<string, number>;
  byCode: Record<string, number>;
  clientErrors: Record<string, number>;
  /** Answers other than a clean 200: another status, or errors in the body. */
  errorAnswers: number;
  /** All 5xx answers, admission-control 503s included. */
  serverErrors: number;
  admission503: number;
  masked: number;
  mixes: number;
  latenciesMs: number[];
}

export function emptyStats(): ClassStats {
  return {
    requests: 0,
    byStatus: {},
    byCode: {},
    clientErrors: {},
    errorAnswers: 0,
    serverErrors: 0,
    admission503: 0,
    masked: 0,
    mixes: 0,
    latenciesMs: [],
  };
}

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

export function record(stats: ClassStats, outcome: Outcome): void {
  stats.requests += 1;
  stats.latenciesMs.push(outcome.ms);
  if ('clientError' in outcome) {
    bump(stats.clientErrors, outcome.clientError);
    return;
  }
  bump(stats.byStatus, String(outcome.status));
  for (const code of outcome.codes) bump(stats.byCode, code);
  if (outcome.status !== 200 || outcome.codes.length > 0) stats.errorAnswers += 1;
  if (outcome.status >= 500) stats.serverErrors += 1;
  if (outcome.status === 503 && outcome.admission) stats.admission503 += 1;
  stats.masked += outcome.masked;
  stats.mixes += outcome.mixes;
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

export function clientErrorCount(stats: ClassStats): number {
  return sum(stats.clientErrors);
}

/** Requests that got an HTTP answer, by status; with client errors they make all requests. */
export function answeredCount(stats: ClassStats): number {
  return sum(stats.byStatus);
}
