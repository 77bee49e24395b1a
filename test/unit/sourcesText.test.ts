import { describe, expect, it } from 'vitest';
import { positiveSeconds, wholeNumber } from '../../src/cli/sourcesCheck.js';
import { isHtml } from '../../src/sources/check.js';
import {
  charsetOf,
  classifyFailure,
  MAX_RETRY_WAIT_MS,
  retryWaitMs,
} from '../../src/sources/fetchPage.js';
import { htmlToText } from '../../src/sources/htmlText.js';
import { matchQuote, normalizeText, quoteParts } from '../../src/sources/quotes.js';

/** The pure parts of `policygraph sources check`: text, quotes, retries, failures. */

describe('normalizeText', () => {
  it('lowercases and makes every run of white space one space', () => {
    expect(normalizeText('  OpenAI\n\t Blocks   API\u00a0Traffic ')).toBe(
      'openai blocks api traffic',
    );
  });

  it('makes typographic quotes, dashes and the minus sign plain', () => {
    expect(
      normalizeText(
        '\u201cIt\u2019s \u2018done\u2019\u201d \u2013 2024\u20142025 \u2212 \u00abfin\u00bb',
      ),
    ).toBe(`"it's 'done'" - 2024-2025 - "fin"`);
  });

  it('folds compatibility forms and drops invisible characters', () => {
    expect(normalizeText('\ufb01nal o\u00adpen\u200bai \u2026')).toBe('final openai ...');
  });
});

describe('quoteParts', () => {
  it.each([
    ['one part', 'Microsoft invests', ['microsoft invests']],
    ['three dots', 'OpenAI will ... in July', ['openai will', 'in july']],
    ['the ellipsis character', 'OpenAI will\u2026in July', ['openai will', 'in july']],
    ['bracketed', 'OpenAI will [...] in July [\u2026] 2024', ['openai will', 'in july', '2024']],
    ['leading and trailing', '...will block...', ['will block']],
    ['four dots after a sentence', 'It ended.... Then', ['it ended', 'then']],
  ])('%s', (_name, quote, parts) => {
    expect(quoteParts(quote)).toEqual(parts);
  });
});

describe('matchQuote', () => {
  const page = normalizeText(
    'OpenAI said on Tuesday that it will block API traffic from regions it does not support, starting July 9.',
  );

  it('finds a quote whatever its case, quotes and spacing', () => {
    expect(matchQuote(page, 'it  WILL block API traffic')).toEqual({ found: true });
  });

  it('finds each part of an elided quote, in order', () => {
    expect(matchQuote(page, 'OpenAI said ... block API traffic … July 9.')).toEqual({
      found: true,
    });
  });

  it('misses parts out of order, naming the first part not found after the one before', () => {
    expect(matchQuote(page, 'block API traffic ... OpenAI said')).toEqual({
      found: false,
      missingPart: 'openai said',
    });
  });

  it('misses a quote whose words changed', () => {
    expect(matchQuote(page, 'it will block API access')).toEqual({
      found: false,
      missingPart: 'it will block api access',
    });
  });

  it('finds a quote that is only an elision: there is nothing to look for', () => {
    expect(matchQuote(page, '[...]')).toEqual({ found: true });
  });
});

describe('htmlToText', () => {
  it('decodes entities and joins a word across inline markup', () => {
    expect(
      normalizeText(htmlToText('<p>Microsoft &amp; Open<b>AI</b>&nbsp;&#8220;extend&#x201D;</p>')),
    ).toBe('microsoft & openai "extend"');
  });

  it('separates words at block elements and line breaks', () => {
    expect(
      normalizeText(htmlToText('<div>one</div><p>two</p><li>three</li>four<br>five<h2>six</h2>')),
    ).toBe('one two three four five six');
  });

  it('leaves out scripts, styles, templates and comments; keeps noscript and the title', () => {
    const html =
      '<html><head><title>Title</title><style>p{}</style><script>var x = "script";</script></head>' +
      '<body><!-- a comment --><template>template</template><noscript><p>Shown without scripts</p></noscript>Body</body></html>';
    expect(normalizeText(htmlToText(html))).toBe('title shown without scripts body');
  });

  it('reads broken markup as a browser would', () => {
    expect(normalizeText(htmlToText('<p>unclosed <b>bold <i>both</p><p>next'))).toBe(
      'unclosed bold both next',
    );
  });

  it('walks a page nested deeper than the call stack goes', () => {
    const depth = 20_000;
    const html = `${'<span>'.repeat(depth)}deep${'</span>'.repeat(depth)}`;
    expect(normalizeText(htmlToText(html))).toBe('deep');
  });
});

describe('isHtml and charsetOf', () => {
  it('takes HTML and XHTML by media type, whatever the parameters or case', () => {
    expect(isHtml('text/html; charset=utf-8')).toBe(true);
    expect(isHtml('Application/XHTML+XML')).toBe(true);
    expect(isHtml('application/pdf')).toBe(false);
    expect(isHtml('')).toBe(false);
  });

  it("takes the header's charset, else a meta tag's, else UTF-8", () => {
    const bytes = (text: string) => Buffer.from(text, 'latin1');
    expect(charsetOf('text/html; charset="ISO-8859-1"', bytes('<meta charset=utf-8>'))).toBe(
      'ISO-8859-1',
    );
    expect(charsetOf('text/html', bytes('<head><meta charset="windows-1252">'))).toBe(
      'windows-1252',
    );
    expect(
      charsetOf(
        'text/html',
        bytes('<meta http-equiv="Content-Type" content="text/html; charset=shift_jis">'),
      ),
    ).toBe('shift_jis');
    expect(charsetOf('text/html', bytes('<p>no declaration</p>'))).toBe('utf-8');
  });
});

describe('retryWaitMs', () => {
  it('doubles the delay after each failed attempt', () => {
    expect([1, 2, 3].map((attempt) => retryWaitMs(attempt, 1000, null))).toEqual([
      1000, 2000, 4000,
    ]);
  });

  it("waits as long as a server's Retry-After asks, if that is longer, up to the cap", () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryWaitMs(1, 1000, '5', now)).toBe(5000);
    expect(retryWaitMs(3, 1000, '1', now)).toBe(4000);
    expect(retryWaitMs(1, 1000, 'Thu, 01 Jan 2026 00:00:08 GMT', now)).toBe(8000);
    expect(retryWaitMs(1, 1000, '3600', now)).toBe(MAX_RETRY_WAIT_MS);
    expect(retryWaitMs(1, 1000, 'soon', now)).toBe(1000);
  });
});

describe('classifyFailure', () => {
  const context = { timedOut: false, timeoutMs: 20_000, url: 'https://gone.example/page' };
  const fetchFailed = (code: string, message: string) =>
    new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) });

  it('calls an unknown host dead for good, a silent name server worth another try', () => {
    expect(classifyFailure(fetchFailed('ENOTFOUND', 'getaddrinfo ENOTFOUND'), context)).toEqual({
      reason: 'dns',
      detail: 'no such host: gone.example (ENOTFOUND)',
      retryable: false,
    });
    expect(
      classifyFailure(fetchFailed('EAI_AGAIN', 'getaddrinfo EAI_AGAIN'), context),
    ).toMatchObject({
      reason: 'dns',
      retryable: true,
    });
  });

  it('does not retry a bad certificate; retries a reset connection', () => {
    expect(
      classifyFailure(fetchFailed('CERT_HAS_EXPIRED', 'certificate has expired'), context),
    ).toEqual({
      reason: 'tls',
      detail: 'TLS: certificate has expired (CERT_HAS_EXPIRED)',
      retryable: false,
    });
    expect(classifyFailure(fetchFailed('ECONNRESET', 'read ECONNRESET'), context)).toEqual({
      reason: 'network',
      detail: 'read ECONNRESET (ECONNRESET)',
      retryable: true,
    });
  });

  it('calls an attempt that ran out of time a timeout, whatever was thrown', () => {
    const aborted = new DOMException('This operation was aborted', 'AbortError');
    expect(classifyFailure(aborted, { ...context, timedOut: true, timeoutMs: 1500 })).toEqual({
      reason: 'timeout',
      detail: 'no complete answer within 1.5 s',
      retryable: true,
    });
  });
});

describe('the options of sources check', () => {
  it('takes whole numbers from a minimum, and seconds above 0', () => {
    expect(wholeNumber(1)('8')).toBe(8);
    expect(() => wholeNumber(1)('0')).toThrow('a whole number, 1 or more');
    expect(() => wholeNumber(0)('1.5')).toThrow('a whole number, 0 or more');
    expect(positiveSeconds('0.5')).toBe(0.5);
    expect(() => positiveSeconds('0')).toThrow('a number of seconds, more than 0');
    expect(() => positiveSeconds('soon')).toThrow('a number of seconds, more than 0');
  });
});
