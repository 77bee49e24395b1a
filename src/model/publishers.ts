/**
 * Who publishes a source, told from its web address: a government (or regulator, legislature,
 * court, intergovernmental body), a company speaking for itself, a news outlet, or other (an
 * aggregator, a law firm's note, a blog, a site not in the table). The coverage report and the
 * API's `coverage` field count sources by it. The table is short on purpose: a site not in it
 * is `other`, so the count of `other` says how much of the seed rests on sites nobody vetted.
 */
export type PublisherSector = 'government' | 'company' | 'news' | 'other';

/** In the order the report and the API list them. */
export const PUBLISHER_SECTORS: readonly PublisherSector[] = [
  'government',
  'company',
  'news',
  'other',
];

/** Government addresses by their top of domain: .gov, .mil, gov.uk, go.jp, gouv.fr, gob.mx, ... */
const GOVERNMENT_HOST = /(^|\.)(gov|mil|(gov|go|gob|gouv|govt)\.[a-z]{2})$/;

/**
 * Sites by domain; a host matches its domain and every subdomain (blogs.microsoft.com is
 * microsoft.com), the longest domain that matches deciding. Aggregators are listed as `other`
 * so that a subdomain of a company's (finance.yahoo.com) is not taken for the company.
 */
const SITES: Readonly<Record<string, PublisherSector>> = {
  // Governments, regulators and intergovernmental bodies without a government domain.
  'europa.eu': 'government',
  'government.nl': 'government',
  'wipo.int': 'government',
  'oecd.ai': 'government',
  'oecd.org': 'government',
  // Companies about themselves.
  'amazon.com': 'company',
  'anthropic.com': 'company',
  'apple.com': 'company',
  'azure.cn': 'company',
  'github.blog': 'company',
  'github.com': 'company',
  'google.com': 'company',
  'huggingface.co': 'company',
  'ibm.com': 'company',
  'microsoft.com': 'company',
  'nvidia.com': 'company',
  'openai.com': 'company',
  'windows.com': 'company',
  // News outlets.
  'aljazeera.com': 'news',
  'axios.com': 'news',
  'bloomberg.com': 'news',
  'bnnbloomberg.ca': 'news',
  'business-standard.com': 'news',
  'businesstimes.com.sg': 'news',
  'caixinglobal.com': 'news',
  'channelnewsasia.com': 'news',
  'chinadaily.com.cn': 'news',
  'cnbc.com': 'news',
  'computerworld.com': 'news',
  'crn.com': 'news',
  'dailymail.co.uk': 'news',
  'datacenterdynamics.com': 'news',
  'deeplearning.ai': 'news',
  'digitimes.com': 'news',
  'fortune.com': 'news',
  'foxbusiness.com': 'news',
  'foxnews.com': 'news',
  'ft.com': 'news',
  'globaltimes.cn': 'news',
  'hindustantimes.com': 'news',
  'japantimes.co.jp': 'news',
  'latimes.com': 'news',
  'livemint.com': 'news',
  'ndtvprofit.com': 'news',
  'neowin.net': 'news',
  'news.cn': 'news',
  'nytimes.com': 'news',
  'pymnts.com': 'news',
  'qz.com': 'news',
  'reuters.com': 'news',
  'rfa.org': 'news',
  'scmp.com': 'news',
  'semafor.com': 'news',
  'siliconrepublic.com': 'news',
  'straitstimes.com': 'news',
  'taipeitimes.com': 'news',
  'techcrunch.com': 'news',
  'techtarget.com': 'news',
  'the-decoder.com': 'news',
  'theglobeandmail.com': 'news',
  'theregister.com': 'news',
  'thestar.com.my': 'news',
  'theverge.com': 'news',
  'time.com': 'news',
  'tomshardware.com': 'news',
  'washingtonpost.com': 'news',
  'windowscentral.com': 'news',
  'winbuzzer.com': 'news',
  'wsj.com': 'news',
  'zdnet.com': 'news',
  // Aggregators and republishers: other, whoever wrote the piece they carry.
  'investing.com': 'other',
  'jdsupra.com': 'other',
  'lexology.com': 'other',
  'mondaq.com': 'other',
  'msn.com': 'other',
  'nasdaq.com': 'other',
  'yahoo.com': 'other',
};

/**
 * The host of a web address, lowercased, as the coverage query reads it in Cypher (queries/
 * coverage.ts): what follows `://` up to the first `/`, `?` or `#`, without user or port.
 */
export function hostOf(url: string): string {
  const lower = url.toLowerCase();
  const scheme = lower.indexOf('://');
  const rest = scheme < 0 ? lower : lower.slice(scheme + 3);
  const authority = rest.split(/[/?#]/)[0] ?? '';
  return authority.slice(authority.lastIndexOf('@') + 1).split(':')[0] ?? '';
}

/** Who publishes at a host (from hostOf): the longest listed domain it falls under, else other. */
export function publisherSector(host: string): PublisherSector {
  const name = host.replace(/\.$/, '').replace(/^www\./, '');
  for (let domain = name; domain.includes('.'); domain = domain.slice(domain.indexOf('.') + 1)) {
    const listed = SITES[domain];
    if (listed) return listed;
  }
  return GOVERNMENT_HOST.test(name) ? 'government' : 'other';
}
