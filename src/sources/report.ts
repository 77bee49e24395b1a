import type { QuoteStatus, SourceReport, SourceStatus } from './check.js';
import type { FetchLimits } from './fetchPage.js';

/** A check's reports, as the Markdown and JSON files give them. */

export interface SourcesCheck {
  /** When the check started, ISO 8601 in UTC. */
  checkedAt: string;
  seed: string;
  settings: { concurrency: number; limits: FetchLimits };
  summary: Summary;
  sources: SourceReport[];
}

export interface Summary {
  sources: number;
  /** Distinct addresses fetched. */
  addresses: number;
  byStatus: Record<SourceStatus, number>;
  quotes: Record<QuoteStatus, number>;
}

export function summarize(sources: readonly SourceReport[]): Summary {
  const byStatus: Record<SourceStatus, number> = { ok: 0, dead: 0, quoteMissing: 0, unchecked: 0 };
  const quotes: Record<QuoteStatus, number> = { found: 0, missing: 0, unchecked: 0 };
  for (const source of sources) {
    byStatus[source.status] += 1;
    for (const quote of source.quotes) quotes[quote.status] += 1;
  }
  const addresses = new Set(sources.map((source) => source.url)).size;
  return { sources: sources.length, addresses, byStatus, quotes };
}

/** Something for a curator to fix: a dead link or a quote not on its page (exit code 1). */
export function hasProblems(summary: Summary): boolean {
  return summary.byStatus.dead > 0 || summary.byStatus.quoteMissing > 0;
}

export const STATUS_WORDS: Record<SourceStatus, string> = {
  ok: 'ok',
  dead: 'dead',
  quoteMissing: 'quote missing',
  unchecked: 'not fully checked',
};

/** "734 sources (690 addresses): 700 ok, 10 dead, ...; quotes: 1000 found, 20 missing, ...". */
export function summaryLine(summary: Summary): string {
  const statuses = (Object.keys(STATUS_WORDS) as SourceStatus[])
    .map((status) => `${summary.byStatus[status]} ${STATUS_WORDS[status]}`)
    .join(', ');
  const { found, missing, unchecked } = summary.quotes;
  return `${summary.sources} ${summary.sources === 1 ? 'source' : 'sources'} (${summary.addresses} ${summary.addresses === 1 ? 'address' : 'addresses'}): ${statuses}; quotes: ${found} found, ${missing} missing, ${unchecked} not checked`;
}

/** Why a source is not ok, in one line: the link's failure or its quotes' notes. */
export function problemOf(source: SourceReport): string {
  if (!source.link.reachable) return source.link.detail;
  const notOk = source.quotes.filter((quote) => quote.status !== 'found');
  return notOk.map((quote) => `"${shorten(quote.text, 80)}": ${quote.note}`).join('; ');
}

export function toJson(check: SourcesCheck): string {
  return `${JSON.stringify(check, null, 2)}\n`;
}

export function toMarkdown(check: SourcesCheck): string {
  const { summary, sources } = check;
  const lines: string[] = [
    '# Sources check',
    '',
    `Checked ${check.checkedAt} on the seed \`${check.seed}\`: ${summaryLine(summary)}.`,
    '',
    '| status | sources |',
    '| --- | ---: |',
    ...(Object.keys(STATUS_WORDS) as SourceStatus[]).map(
      (status) => `| ${STATUS_WORDS[status]} | ${summary.byStatus[status]} |`,
    ),
    '',
  ];
  const dead = sources.filter((source) => source.status === 'dead');
  if (dead.length > 0) {
    lines.push(
      '## Dead links',
      '',
      '| source | address | why | tries |',
      '| --- | --- | --- | ---: |',
    );
    for (const source of dead) {
      lines.push(
        `| ${cell(source.id)} (${cell(source.file)}) | ${cell(source.url)} | ${cell(problemOf(source))} | ${source.link.attempts} |`,
      );
    }
    lines.push('');
  }
  const missing = sources.filter((source) => source.status === 'quoteMissing');
  if (missing.length > 0) {
    lines.push('## Quotes not on the page', '');
    for (const source of missing) {
      lines.push(`### ${source.id}`, '', `${source.url} (${source.file})`, '');
      for (const quote of source.quotes.filter((q) => q.status === 'missing')) {
        lines.push(
          `- "${inline(quote.text)}": ${quote.note}; cited by ${quote.citedBy.join(', ')}`,
        );
      }
      lines.push('');
    }
  }
  const unchecked = sources.filter((source) => source.status === 'unchecked');
  if (unchecked.length > 0) {
    lines.push('## Not fully checked', '', '| source | address | why |', '| --- | --- | --- |');
    for (const source of unchecked) {
      lines.push(`| ${cell(source.id)} | ${cell(source.url)} | ${cell(problemOf(source))} |`);
    }
    lines.push('');
  }
  lines.push(
    '## Every source',
    '',
    '| source | status | HTTP | quotes found | redirected to |',
    '| --- | --- | ---: | --- | --- |',
  );
  for (const source of sources) {
    const found = source.quotes.filter((quote) => quote.status === 'found').length;
    const redirectedTo = source.link.redirects.at(-1) ?? '';
    lines.push(
      `| ${cell(source.id)} | ${STATUS_WORDS[source.status]} | ${source.link.httpStatus ?? ''} | ${found}/${source.quotes.length} | ${cell(redirectedTo)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Text for a table cell: one line, pipes escaped. */
function cell(text: string): string {
  return inline(text).replace(/\|/g, '\\|');
}

function inline(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function shorten(text: string, length: number): string {
  const line = inline(text);
  return line.length <= length ? line : `${line.slice(0, length - 1)}…`;
}
