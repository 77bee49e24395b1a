/** Web addresses as the audit compares them. */

/** Index pages that are a site's home page as much as `/` is. */
const INDEX_PAGE = /^\/(index|default|home)\.(html?|php|aspx?|jsp)$/i;

/**
 * Whether the address is a site's home page rather than a document on it: no path (or `/`, or
 * an index page such as /index.html) and no query. `/?p=123` is a post, not the home page.
 */
export function isHomePage(url: string): boolean {
  const parsed = parse(url);
  if (parsed?.search !== '') return false;
  return parsed.pathname === '/' || parsed.pathname === '' || INDEX_PAGE.test(parsed.pathname);
}

/**
 * The address with what does not change the document set aside: the scheme, `www.`, a trailing
 * slash and the fragment. The query is kept (it often names the document: ?p=123).
 */
export function sameDocumentKey(url: string): string | undefined {
  const parsed = parse(url);
  if (!parsed) return undefined;
  const host = parsed.host.replace(/^www\./, '');
  const path = parsed.pathname.replace(/\/+$/, '');
  return `${host}${path}${parsed.search}`;
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
