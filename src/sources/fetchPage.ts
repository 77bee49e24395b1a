import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Fetching one source's page with Node's fetch (undici), bounded in every way a page on the web
 * can make a check hang or balloon: a time limit per attempt, redirects followed by hand (a limit,
 * loops caught), retries with backoff only for failures that may pass, and a cap on the bytes read.
 */

export interface FetchLimits {
  /** For one attempt as a whole: every redirect and the body included. */
  timeoutMs: number;
  /** Attempts after the first, for failures that may pass: 5xx, 429, timeouts, the network. */
  retries: number;
  /** The wait before the first retry; it doubles for each next one (Retry-After wins if longer). */
  retryDelayMs: number;
  maxRedirects: number;
  /** The most bytes of a body read (after decompression); reading stops there. */
  maxBytes: number;
}

export const DEFAULT_LIMITS: FetchLimits = {
  timeoutMs: 20_000,
  retries: 2,
  retryDelayMs: 1_000,
  maxRedirects: 10,
  maxBytes: 5 * 1024 * 1024,
};

/** The longest wait before a retry, whatever a server's Retry-After asks. */
export const MAX_RETRY_WAIT_MS = 30_000;

/** Why a link is dead. */
export type DeadReason =
  | 'http'
  | 'dns'
  | 'timeout'
  | 'redirectLoop'
  | 'tooManyRedirects'
  | 'tls'
  | 'network'
  | 'badUrl';

interface Tried {
  /** The addresses redirected to, in order. */
  redirects: string[];
  attempts: number;
}

export interface PageBody {
  text: string;
  bytesRead: number;
  /** The page is longer than the bytes read. */
  truncated: boolean;
}

export interface ReachedPage extends Tried {
  reachable: true;
  httpStatus: number;
  /** The address that answered, after redirects. */
  finalUrl: string;
  /** The Content-Type header as sent; empty when there is none. */
  contentType: string;
  /** Read only when asked for (`bodyIf`). */
  body?: PageBody;
}

export interface DeadLink extends Tried {
  reachable: false;
  reason: DeadReason;
  /** What happened, for a curator: "HTTP 404 Not Found", "redirect loop: a → b → a". */
  detail: string;
  httpStatus?: number;
}

export type PageOutcome = ReachedPage | DeadLink;

export interface FetchOptions {
  /** Whether to read the body of a page with this Content-Type; otherwise it is not read. */
  bodyIf?: (contentType: string) => boolean;
  /** Runs each attempt, so that a caller can bound attempts in flight (not the waits between). */
  inSlot?: <T>(attempt: () => Promise<T>) => Promise<T>;
}

const HEADERS = {
  accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8',
  'accept-language': 'en',
  // Honest about who asks; some sites refuse robots, which the report's advice mentions.
  'user-agent': 'policygraph-sources-check',
};

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** What one attempt gave: its outcome, and whether another attempt might give a better one. */
interface Attempt {
  outcome: Omit<ReachedPage, 'attempts'> | Omit<DeadLink, 'attempts'>;
  retryable: boolean;
  /** A server's Retry-After header, on a retryable HTTP error. */
  retryAfter?: string | null;
}

/** Fetches a page, retrying what may pass; never throws for anything the page or network does. */
export async function fetchPage(
  url: string,
  limits: FetchLimits,
  options: FetchOptions = {},
): Promise<PageOutcome> {
  const bodyIf = options.bodyIf ?? (() => false);
  const inSlot = options.inSlot ?? ((attempt) => attempt());
  for (let attempts = 1; ; attempts++) {
    const attempt = await inSlot(() => fetchOnce(url, limits, bodyIf));
    if (!attempt.retryable || attempts > limits.retries) {
      return { ...attempt.outcome, attempts } as PageOutcome;
    }
    await sleep(retryWaitMs(attempts, limits.retryDelayMs, attempt.retryAfter ?? null));
  }
}

/**
 * The wait after the given failed attempt (1 for the first): the delay doubled for each attempt
 * before it, or what the server's Retry-After asks (seconds or an HTTP date) if that is longer,
 * at most MAX_RETRY_WAIT_MS.
 */
export function retryWaitMs(
  failedAttempt: number,
  delayMs: number,
  retryAfter: string | null,
  now = Date.now(),
): number {
  const backoff = delayMs * 2 ** (failedAttempt - 1);
  let asked = 0;
  if (retryAfter !== null) {
    const trimmed = retryAfter.trim();
    asked = /^\d+$/.test(trimmed)
      ? Number(trimmed) * 1000
      : Math.max(0, (Date.parse(trimmed) || now) - now);
  }
  return Math.min(MAX_RETRY_WAIT_MS, Math.max(backoff, asked));
}

async function fetchOnce(
  url: string,
  limits: FetchLimits,
  bodyIf: (contentType: string) => boolean,
): Promise<Attempt> {
  const redirects: string[] = [];
  const dead = (reason: DeadReason, detail: string): Attempt => ({
    outcome: { reachable: false, reason, detail, redirects },
    retryable: false,
  });
  const start = webAddress(url);
  if (start === undefined) return dead('badUrl', `${url} is not a web address`);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  let current = start;
  const cookies = new Cookies();
  // An address asked for again with the same cookies would answer the same: a loop.
  const visited = new Set([`${start} ${cookies.header(start)}`]);
  try {
    for (;;) {
      const cookie = cookies.header(current);
      const response = await fetch(current, {
        redirect: 'manual',
        signal: controller.signal,
        headers: cookie ? { ...HEADERS, cookie } : HEADERS,
      });
      cookies.take(current, response.headers.getSetCookie());
      const location = response.headers.get('location');
      if (REDIRECT_STATUSES.has(response.status) && location !== null) {
        await discard(response);
        const next = webAddress(location, current);
        if (next === undefined)
          return dead('badUrl', `redirected to ${location}, not a web address`);
        const visit = `${next} ${cookies.header(next)}`;
        if (visited.has(visit)) {
          return dead('redirectLoop', `redirect loop: ${[start, ...redirects, next].join(' → ')}`);
        }
        visited.add(visit);
        if (redirects.length >= limits.maxRedirects) {
          return dead('tooManyRedirects', `more than ${limits.maxRedirects} redirects`);
        }
        redirects.push(next);
        current = next;
        continue;
      }
      if (!response.ok) {
        await discard(response);
        const { status } = response;
        return {
          outcome: {
            reachable: false,
            reason: 'http',
            detail: httpDetail(status, response.statusText),
            httpStatus: status,
            redirects,
          },
          retryable: status >= 500 || status === 429,
          retryAfter: response.headers.get('retry-after'),
        };
      }
      const contentType = response.headers.get('content-type') ?? '';
      const page = {
        reachable: true as const,
        httpStatus: response.status,
        finalUrl: current,
        contentType,
        redirects,
      };
      if (!bodyIf(contentType)) {
        await discard(response);
        return { outcome: page, retryable: false };
      }
      const body = await readBody(response, limits.maxBytes, contentType);
      return { outcome: { ...page, body }, retryable: false };
    }
  } catch (error) {
    const failure = classifyFailure(error, {
      timedOut,
      timeoutMs: limits.timeoutMs,
      url: current,
    });
    return {
      outcome: { reachable: false, reason: failure.reason, detail: failure.detail, redirects },
      retryable: failure.retryable,
    };
  } finally {
    clearTimeout(timer);
    // Ends whatever is still open: a body not read to its end holds a connection.
    controller.abort();
  }
}

/**
 * The cookies a site sets during one attempt, sent back to the same host for the rest of it: a
 * site that sets a session or consent cookie, then redirects to the same page, would otherwise
 * look like a redirect loop. Names and values only; nothing outlives the attempt.
 */
class Cookies {
  private readonly byHost = new Map<string, Map<string, string>>();

  take(url: string, setCookies: readonly string[]): void {
    const host = new URL(url).host;
    for (const line of setCookies) {
      const pair = line.split(';', 1)[0] ?? '';
      const equals = pair.indexOf('=');
      if (equals <= 0) continue;
      const jar = this.byHost.get(host) ?? new Map<string, string>();
      jar.set(pair.slice(0, equals).trim(), pair.slice(equals + 1).trim());
      this.byHost.set(host, jar);
    }
  }

  /** The Cookie header for a request to this address; empty when there is none. */
  header(url: string): string {
    const jar = this.byHost.get(new URL(url).host);
    return jar ? [...jar].map(([name, value]) => `${name}=${value}`).join('; ') : '';
  }
}

/** An http(s) address, resolved against the page it came from; undefined for anything else. */
function webAddress(text: string, base?: string): string | undefined {
  try {
    const parsed = new URL(text, base);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function httpDetail(status: number, statusText: string): string {
  const line = `HTTP ${status}${statusText ? ` ${statusText}` : ''}`;
  // Sites that refuse robots answer so to a page a browser opens fine.
  return status === 401 || status === 403 || status === 429
    ? `${line} (the site may refuse robots: open the page in a browser)`
    : line;
}

/** Drops a body unread; the connection goes with it. */
async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => {});
}

/** Reads at most maxBytes of the body, then stops reading; decodes it by its charset. */
async function readBody(
  response: Response,
  maxBytes: number,
  contentType: string,
): Promise<PageBody> {
  const chunks: Uint8Array[] = [];
  let bytesRead = 0;
  let truncated = false;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const room = maxBytes - bytesRead;
      if (value.byteLength > room) {
        chunks.push(value.subarray(0, room));
        bytesRead += room;
        truncated = true;
        await reader.cancel().catch(() => {});
        break;
      }
      chunks.push(value);
      bytesRead += value.byteLength;
    }
  }
  const bytes = Buffer.concat(chunks);
  return { text: decode(bytes, charsetOf(contentType, bytes)), bytesRead, truncated };
}

/**
 * The page's charset: the Content-Type's, else a <meta> near the start of the page (as browsers
 * look for it), else UTF-8.
 */
export function charsetOf(contentType: string, bytes: Uint8Array): string {
  const declared = /charset\s*=\s*["']?([\w.:-]+)/i;
  const fromHeader = declared.exec(contentType)?.[1];
  if (fromHeader) return fromHeader;
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const meta = /<meta[^>]*charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  return meta ?? 'utf-8';
}

function decode(bytes: Uint8Array, charset: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    // An unknown label: UTF-8, whose invalid bytes become U+FFFD rather than an error.
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}

/** The error codes of a certificate or TLS handshake that will not pass by retrying. */
const TLS_CODE = /^(CERT_|ERR_TLS|ERR_SSL|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|HOSTNAME_MISMATCH)/;

/**
 * What a thrown fetch error means: undici throws TypeError('fetch failed') with the system or
 * undici error as its cause.
 */
export function classifyFailure(
  error: unknown,
  context: { timedOut: boolean; timeoutMs: number; url: string },
): { reason: DeadReason; detail: string; retryable: boolean } {
  if (context.timedOut) {
    return {
      reason: 'timeout',
      detail: `no complete answer within ${context.timeoutMs / 1000} s`,
      retryable: true,
    };
  }
  const cause = (error as { cause?: unknown }).cause ?? error;
  const code = String((cause as { code?: unknown }).code ?? '');
  const message = (cause as Error).message ?? String(cause);
  const host = webAddress(context.url) ? new URL(context.url).host : context.url;
  if (code === 'ENOTFOUND') {
    return { reason: 'dns', detail: `no such host: ${host} (ENOTFOUND)`, retryable: false };
  }
  if (code === 'EAI_AGAIN') {
    return {
      reason: 'dns',
      detail: `the name server did not answer for ${host} (EAI_AGAIN)`,
      retryable: true,
    };
  }
  if (TLS_CODE.test(code)) {
    return { reason: 'tls', detail: `TLS: ${message} (${code})`, retryable: false };
  }
  return { reason: 'network', detail: code ? `${message} (${code})` : message, retryable: true };
}
