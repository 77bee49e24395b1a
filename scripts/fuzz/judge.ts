import type { FuzzClass, FuzzRequest } from './document.js';

export const cut = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max)}... (${text.length} characters)` : text;

// --- What an answer must be -------------------------------------------------------------------

/**
 * The codes an error may carry; INTERNAL_SERVER_ERROR only with the masked message. BAD_REQUEST
 * (variables not an object) and OPERATION_RESOLUTION_FAILURE (several operations and no
 * operationName) are graphql-yoga's own codes for a malformed request, answered with 400.
 */
export const ALLOWED_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'LIMIT_EXCEEDED',
  'QUERY_TIMEOUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'INTERNAL_SERVER_ERROR',
]);

export const MASKED_MESSAGE = 'Unexpected error.';

/** What no error may show: internals of the server, its files or its database. */
export const LEAKS: [RegExp, string][] = [
  [/\n\s*at\s/, 'a stack trace'],
  [/\bat [^\s()]+ \([^)]*:\d+:\d+\)/, 'a stack frame'],
  [/\/work\//, 'a file path (/work/)'],
  [/node_modules/, 'a file path (node_modules)'],
  [/file:\/\//, 'a file URL'],
  [/Neo4jError/, 'a Neo4j error class'],
  [/Neo\.(ClientError|DatabaseError|TransientError)/, 'a Neo4j status code'],
  [/bolt:\/\//, 'a Neo4j address (bolt://)'],
  [/neo4j(\+s|\+ssc)?:\/\//, 'a Neo4j address (neo4j://)'],
];

export const INTERNAL_KEYS = ['stack', 'stacktrace', 'exception', 'originalError'];

export interface GraphQLError {
  message?: unknown;
  extensions?: Record<string, unknown> & { code?: unknown };
}

export interface Verdict {
  /** `200 ok`, or the status and the error codes: `400 GRAPHQL_VALIDATION_FAILED`. */
  outcome: string;
  /** What is wrong with the answer; empty when nothing is. */
  problems: string[];
  /** A masked INTERNAL_SERVER_ERROR: allowed, but for generated input a bug all the same. */
  internal: boolean;
  /** 200 with data and no errors. */
  success: boolean;
}

/** Judges an answer: no 5xx, every error coded and allowed, nothing internal shown. */
export function judge(status: number, body: unknown): Verdict {
  const problems: string[] = [];
  if (status >= 500) problems.push(`status ${status}`);
  const answer = (body ?? {}) as { data?: unknown; errors?: unknown };
  if (answer.errors !== undefined && !Array.isArray(answer.errors)) {
    problems.push('errors is not a list');
  }
  const errors = (Array.isArray(answer.errors) ? answer.errors : []) as GraphQLError[];
  const codes = new Set<string>();
  let internal = false;
  for (const error of errors) {
    const code = error.extensions?.code;
    const message = typeof error.message === 'string' ? error.message : '';
    const shown = JSON.stringify(message.slice(0, 200));
    codes.add(typeof code === 'string' ? code : 'NO_CODE');
    if (typeof code !== 'string') {
      problems.push(`an error without extensions.code: ${shown}`);
    } else if (!ALLOWED_CODES.has(code)) {
      problems.push(`an error with code ${code}: ${shown}`);
    } else if (code === 'INTERNAL_SERVER_ERROR') {
      internal = true;
      if (message !== MASKED_MESSAGE) problems.push(`an unmasked internal error: ${shown}`);
    }
    const text = JSON.stringify(error);
    for (const [pattern, what] of LEAKS) {
      if (pattern.test(text)) problems.push(`an error that shows ${what}: ${cut(text, 300)}`);
    }
    for (const key of INTERNAL_KEYS) {
      if (error.extensions && key in error.extensions) {
        problems.push(`an error with extensions.${key}`);
      }
    }
  }
  const success = status === 200 && errors.length === 0 && answer.data != null;
  const outcome = `${status} ${success ? 'ok' : [...codes].sort().join('+') || 'no errors'}`;
  return { outcome, problems, internal, success };
}

/** Statements the API sent that could write: there should never be any. */
export const WRITES = /\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|LOAD\s+CSV)\b/i;

/** Counts of outcomes, by class and overall, for the summary of a run. */
export class FuzzStats {
  runs = 0;
  readonly byClass = new Map<FuzzClass, { runs: number; successes: number }>();
  readonly outcomes = new Map<string, number>();
  readonly kinds = new Map<string, number>();

  add(request: FuzzRequest, verdict: Verdict): void {
    this.runs += 1;
    const counts = this.byClass.get(request.class) ?? { runs: 0, successes: 0 };
    counts.runs += 1;
    if (verdict.success) counts.successes += 1;
    this.byClass.set(request.class, counts);
    const key = `${request.class.padEnd(7)} ${verdict.outcome}`;
    this.outcomes.set(key, (this.outcomes.get(key) ?? 0) + 1);
    const kind = `${request.class}/${request.kind}`;
    this.kinds.set(kind, (this.kinds.get(kind) ?? 0) + 1);
  }

  /** Successes among valid requests, 0 to 1. */
  validSuccessRate(): number {
    const valid = this.byClass.get('valid');
    return valid?.runs ? valid.successes / valid.runs : 0;
  }

  summary(): string {
    const lines = [`${this.runs} requests`];
    for (const [kind, counts] of [...this.byClass].sort()) {
      lines.push(
        `  ${kind.padEnd(8)} ${String(counts.runs).padStart(6)}  ${counts.successes} succeeded`,
      );
    }
    lines.push('outcomes (class, status, error codes):');
    for (const [outcome, count] of [...this.outcomes].sort((a, b) => b[1] - a[1])) {
      lines.push(`  ${String(count).padStart(6)}  ${outcome}`);
    }
    return lines.join('\n');
  }
}
