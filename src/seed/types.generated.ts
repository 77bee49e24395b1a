/* Generated from schema/seed.schema.json by npm run codegen; do not edit. */

/**
 * This record's id: lowercase letters, digits and dashes, unique across all seed files.
 *
 * This interface was referenced by `PolicyGraphSeedFile`'s JSON-Schema
 * via the `definition` "id".
 */
export type Id = string;
/**
 * This interface was referenced by `PolicyGraphSeedFile`'s JSON-Schema
 * via the `definition` "url".
 */
export type Url = string;
/**
 * An ISO 3166-1 alpha-2 country code, such as US, CN or HK.
 *
 * This interface was referenced by `PolicyGraphSeedFile`'s JSON-Schema
 * via the `definition` "country".
 */
export type Country =
  | "AD"
  | "AE"
  | "AF"
  | "AG"
  | "AI"
  | "AL"
  | "AM"
  | "AO"
  | "AQ"
  | "AR"
  | "AS"
  | "AT"
  | "AU"
  | "AW"
  | "AX"
  | "AZ"
  | "BA"
  | "BB"
  | "BD"
  | "BE"
  | "BF"
  | "BG"
  | "BH"
  | "BI"
  | "BJ"
  | "BL"
  | "BM"
  | "BN"
  | "BO"
  | "BQ"
  | "BR"
  | "BS"
  | "BT"
  | "BV"
  | "BW"
  | "BY"
  | "BZ"
  | "CA"
  | "CC"
  | "CD"
  | "CF"
  | "CG"
  | "CH"
  | "CI"
  | "CK"
  | "CL"
  | "CM"
  | "CN"
  | "CO"
  | "CR"
  | "CU"
  | "CV"
  | "CW"
  | "CX"
  | "CY"
  | "CZ"
  | "DE"
  | "DJ"
  | "DK"
  | "DM"
  | "DO"
  | "DZ"
  | "EC"
  | "EE"
  | "EG"
  | "EH"
  | "ER"
  | "ES"
  | "ET"
  | "FI"
  | "FJ"
  | "FK"
  | "FM"
  | "FO"
  | "FR"
  | "GA"
  | "GB"
  | "GD"
  | "GE"
  | "GF"
  | "GG"
  | "GH"
  | "GI"
  | "GL"
  | "GM"
  | "GN"
  | "GP"
  | "GQ"
  | "GR"
  | "GS"
  | "GT"
  | "GU"
  | "GW"
  | "GY"
  | "HK"
  | "HM"
  | "HN"
  | "HR"
  | "HT"
  | "HU"
  | "ID"
  | "IE"
  | "IL"
  | "IM"
  | "IN"
  | "IO"
  | "IQ"
  | "IR"
  | "IS"
  | "IT"
  | "JE"
  | "JM"
  | "JO"
  | "JP"
  | "KE"
  | "KG"
  | "KH"
  | "KI"
  | "KM"
  | "KN"
  | "KP"
  | "KR"
  | "KW"
  | "KY"
  | "KZ"
  | "LA"
  | "LB"
  | "LC"
  | "LI"
  | "LK"
  | "LR"
  | "LS"
  | "LT"
  | "LU"
  | "LV"
  | "LY"
  | "MA"
  | "MC"
  | "MD"
  | "ME"
  | "MF"
  | "MG"
  | "MH"
  | "MK"
  | "ML"
  | "MM"
  | "MN"
  | "MO"
  | "MP"
  | "MQ"
  | "MR"
  | "MS"
  | "MT"
  | "MU"
  | "MV"
  | "MW"
  | "MX"
  | "MY"
  | "MZ"
  | "NA"
  | "NC"
  | "NE"
  | "NF"
  | "NG"
  | "NI"
  | "NL"
  | "NO"
  | "NP"
  | "NR"
  | "NU"
  | "NZ"
  | "OM"
  | "PA"
  | "PE"
  | "PF"
  | "PG"
  | "PH"
  | "PK"
  | "PL"
  | "PM"
  | "PN"
  | "PR"
  | "PS"
  | "PT"
  | "PW"
  | "PY"
  | "QA"
  | "RE"
  | "RO"
  | "RS"
  | "RU"
  | "RW"
  | "SA"
  | "SB"
  | "SC"
  | "SD"
  | "SE"
  | "SG"
  | "SH"
  | "SI"
  | "SJ"
  | "SK"
  | "SL"
  | "SM"
  | "SN"
  | "SO"
  | "SR"
  | "SS"
  | "ST"
  | "SV"
  | "SX"
  | "SY"
  | "SZ"
  | "TC"
  | "TD"
  | "TF"
  | "TG"
  | "TH"
  | "TJ"
  | "TK"
  | "TL"
  | "TM"
  | "TN"
  | "TO"
  | "TR"
  | "TT"
  | "TV"
  | "TW"
  | "TZ"
  | "UA"
  | "UG"
  | "UM"
  | "US"
  | "UY"
  | "UZ"
  | "VA"
  | "VC"
  | "VE"
  | "VG"
  | "VI"
  | "VN"
  | "VU"
  | "WF"
  | "WS"
  | "YE"
  | "YT"
  | "ZA"
  | "ZM"
  | "ZW";
/**
 * This interface was referenced by `PolicyGraphSeedFile`'s JSON-Schema
 * via the `definition` "reference".
 */
export type Reference = string;
/**
 * An ISO 4217 currency code, such as USD, EUR or CNY.
 *
 * This interface was referenced by `PolicyGraphSeedFile`'s JSON-Schema
 * via the `definition` "currency".
 */
export type Currency =
  | "AED"
  | "AFN"
  | "ALL"
  | "AMD"
  | "ANG"
  | "AOA"
  | "ARS"
  | "AUD"
  | "AWG"
  | "AZN"
  | "BAM"
  | "BBD"
  | "BDT"
  | "BGN"
  | "BHD"
  | "BIF"
  | "BMD"
  | "BND"
  | "BOB"
  | "BRL"
  | "BSD"
  | "BTN"
  | "BWP"
  | "BYN"
  | "BZD"
  | "CAD"
  | "CDF"
  | "CHF"
  | "CLP"
  | "CNY"
  | "COP"
  | "CRC"
  | "CUC"
  | "CUP"
  | "CVE"
  | "CZK"
  | "DJF"
  | "DKK"
  | "DOP"
  | "DZD"
  | "EGP"
  | "ERN"
  | "ETB"
  | "EUR"
  | "FJD"
  | "FKP"
  | "GBP"
  | "GEL"
  | "GHS"
  | "GIP"
  | "GMD"
  | "GNF"
  | "GTQ"
  | "GYD"
  | "HKD"
  | "HNL"
  | "HRK"
  | "HTG"
  | "HUF"
  | "IDR"
  | "ILS"
  | "INR"
  | "IQD"
  | "IRR"
  | "ISK"
  | "JMD"
  | "JOD"
  | "JPY"
  | "KES"
  | "KGS"
  | "KHR"
  | "KMF"
  | "KPW"
  | "KRW"
  | "KWD"
  | "KYD"
  | "KZT"
  | "LAK"
  | "LBP"
  | "LKR"
  | "LRD"
  | "LSL"
  | "LYD"
  | "MAD"
  | "MDL"
  | "MGA"
  | "MKD"
  | "MMK"
  | "MNT"
  | "MOP"
  | "MRU"
  | "MUR"
  | "MVR"
  | "MWK"
  | "MXN"
  | "MYR"
  | "MZN"
  | "NAD"
  | "NGN"
  | "NIO"
  | "NOK"
  | "NPR"
  | "NZD"
  | "OMR"
  | "PAB"
  | "PEN"
  | "PGK"
  | "PHP"
  | "PKR"
  | "PLN"
  | "PYG"
  | "QAR"
  | "RON"
  | "RSD"
  | "RUB"
  | "RWF"
  | "SAR"
  | "SBD"
  | "SCR"
  | "SDG"
  | "SEK"
  | "SGD"
  | "SHP"
  | "SLE"
  | "SLL"
  | "SOS"
  | "SRD"
  | "SSP"
  | "STN"
  | "SVC"
  | "SYP"
  | "SZL"
  | "THB"
  | "TJS"
  | "TMT"
  | "TND"
  | "TOP"
  | "TRY"
  | "TTD"
  | "TWD"
  | "TZS"
  | "UAH"
  | "UGX"
  | "USD"
  | "UYU"
  | "UZS"
  | "VES"
  | "VND"
  | "VUV"
  | "WST"
  | "XAF"
  | "XCD"
  | "XCG"
  | "XDR"
  | "XOF"
  | "XPF"
  | "XSU"
  | "YER"
  | "ZAR"
  | "ZMW"
  | "ZWG"
  | "ZWL";
/**
 * A date as precise as the sources give it: YYYY, YYYY-MM or YYYY-MM-DD.
 *
 * This interface was referenced by `PolicyGraphSeedFile`'s JSON-Schema
 * via the `definition` "date".
 */
export type Date = string;

/**
 * A curated file under seed/. Every top-level key is optional; each holds a list of records of one kind. Ids are unique across all files.
 */
export interface PolicyGraphSeedFile {
  /**
   * Companies, government bodies, regulators, international organizations, ...
   */
  organizations?: Organization[];
  people?: Person[];
  /**
   * Countries and territories (ISO 3166-1), and groupings of them.
   */
  regions?: Region[];
  /**
   * Products and services: AI models, cloud services, software, chips.
   */
  products?: Product[];
  /**
   * Laws, executive orders, rules, export-control actions, lists, company policies.
   */
  policies?: Policy[];
  /**
   * Documents that facts cite.
   */
  sources?: Source[];
  partnerships?: Partnership[];
  investments?: Investment[];
  boardSeats?: BoardSeat[];
  roles?: Role[];
  restrictions?: Restriction[];
  availabilities?: Availability[];
  patentStatistics?: PatentStatistic[];
  policyActions?: PolicyAction[];
  acquisitions?: Acquisition[];
  ownershipStakes?: OwnershipStake[];
  computeCommitments?: ComputeCommitment[];
  exportLicences?: ExportLicence[];
}
/**
 * An organization.
 *
 * This interface was referenced by `PolicyGraphSeedFile`'s JSON-Schema
 * via the `definition` "organization".
 */
export interface Organization {
  id: Id;
  /**
   * The usual name.
   */
  name: string;
  /**
   * Other names: former names, short names, names in other languages, the press's wording.
   */
  aliases?: string[];
  /**
   * One or two sentences: what it is.
   */
  description?: string;
  identifiers?: Identifiers;
  country?: Country;
  /**
   * Anything a curator should know.
   */
  notes?: string;
  /**
   * What kind of organization.
   */
  kind:
    | "company"
    | "government-body"
    | "regulator"
    | "international-organization"
    | "research-institute"
    | "university"
    | "nonprofit"
    | "investment-firm"
    | "standards-body";
  /**
   * The organization it belongs to, such as a subsidiary's parent. The id of an organization.
   */
  parent?: string;
  /**
   * When it was founded.
   */
  founded?: string;
}
/**
 * Identifiers in other databases.
 *
 * This interface was referenced by `PolicyGraphSeedFile`'s JSON-Schema
 * via the `definition` "identifiers".
 */
export interface Identifiers {
  /**
   * The Wikidata item, such as Q2283 for Microsoft.
   */
  wikidata?: string;
  /**
   * Stock listing as EXCHANGE:SYMBOL, such as NASDAQ:MSFT.
   */
  ticker?: string;
  lei?: string;
  website?: Url;
}
/**
 * A person.
 *
 * This interface was referenced by `PolicyGraphSeedFile`'s JSON-Schema
 * via the `definition` "person".
 */
export interface Person {
  id: Id;
  /**
   * The usual name.
   */
  name: string;
  /**
   * Other names: former names, short names, names in other languages, the press's wording.
   */
  aliases?: string[];
  /**
   * One or two sentences: what it is.
   */
  description?: string;
  identifiers?: Identifiers;
  country?: Country;
  /**
   * Anything a curator should know.
   */
  notes?: string;
}
/**
 * A country, a territory or a grouping of them.
 *
 * This interface was referenced by `PolicyGraphSeedFile`'s JSON-Schema
 * via the `definition` "region".
 */
export interface Region {
  id: Id;
  /**
   * The usual name.
   */
  name: string;
  /**
   * Other names: former names, short names, names in other languages, the press's wording.
   */
  aliases?: string[];
  /**
   * One or two sentences: what it is.
   */
  description?: string;
  identifiers?: Identifiers;
  country?: Country;
  /**
   * Anything a curator should know.
   */
  notes?: string;
  /**
   * country or territory (with its ISO code) or a grouping of regions.
   */
  kind: "country" | "territory" | "grouping";
  /**
   * An ISO 3166-1 alpha-2 country code, such as US, CN or HK.
   */
  code?:
    | "AD"
    | "AE"
    | "AF"
    | "AG"
    | "AI"
    | "AL"
    | "AM"
    | "AO"
    | "AQ"
    | "AR"
    | "AS"
    | "AT"
    | "AU"
    | "AW"
    | "AX"
    | "AZ"
    | "BA"
    | "BB"
    | "BD"
    | "BE"
    | "BF"
    | "BG"
    | "BH"
    | "BI"
    | "BJ"
    | "BL"
    | "BM"
    | "BN"
    | "BO"
    | "BQ"
    | "BR"
    | "BS"
    | "BT"
    | "BV"
    | "BW"
    | "BY"
    | "BZ"
    | "CA"
    | "CC"
    | "CD"
    | "CF"
    | "CG"
    | "CH"
    | "CI"
    | "CK"
    | "CL"
    | "CM"
    | "CN"
    | "CO"
    | "CR"
    | "CU"
    | "CV"
    | "CW"
    | "CX"
    | "CY"
    | "CZ"
    | "DE"
    | "DJ"
    | "DK"
    | "DM"
    | "DO"
    | "DZ"
    | "EC"
    | "EE"
    | "EG"
    | "EH"
    | "ER"
    | "ES"
    | "ET"
    | "FI"
    | "FJ"
    | "FK"
    | "FM"
    | "FO"
    | "FR"
    | "GA"
    | "GB"
    | "GD"
    | "GE"
    | "GF"
    | "GG"
    | "GH"
    | "GI"
    | "GL"
    | "GM"
    | "GN"
    | "GP"
    | "GQ"
    | "GR"
    | "GS"
    | "GT"
    | "GU"
    | "GW"
    | "GY"
    | "HK"
    | "HM"
    | "HN"
    | "HR"
    | "HT"
    | "HU"
    | "ID"
    | "IE"
    | "IL"
    | "IM"
    | "IN"
    | "IO"
    | "IQ"
    | "IR"
    | "IS"
    | "IT"
    | "JE"
    | "JM"
    | "JO"
    | "JP"
    | "KE"
    | "KG"
    | "KH"
    | "KI"
    | "KM"
    | "KN"
    | "KP"
    | "KR"
    | "KW"
    | "KY"
    | "KZ"
    | "LA"
    | "LB"
    | "LC"
    | "LI"
    | "LK"
    | "LR"
    | "LS"
    | "LT"
    | "LU"
    | "LV"
    | "LY"
    | "MA"
    | "MC"
    | "MD"
    | "ME"
    | "MF"
    | "MG"
    | "MH"
    | "MK"
    | "ML"
    | "MM"
    | "MN"
    | "MO"
    | "MP"
    | "MQ"
    | "MR"
    | "MS"
    | "MT"
    | "MU"
    | "MV"
    | "MW"
    | "MX"
    | "MY"
    | "MZ"
    | "NA"
    | "NC"
    | "NE"
    | "NF"
    | "NG"
    | "NI"
    | "NL"
    | "NO"
    | "NP"
    | "NR"
    | "NU"
    | "NZ"
    | "OM"
    | "PA"
    | "PE"
    | "PF"
    | "PG"
    | "PH"
    | "PK"
    | "PL"
    | "PM"
    | "PN"
    | "PR"
    | "PS"
    | "PT"
    | "PW"
    | "PY"
    | "QA"
    | "RE"
    | "RO"
    | "RS"
    | "RU"
    | "RW"
    | "SA"
    | "SB"
    | "SC"
    | "SD"
    | "SE"
    | "SG"
    | "SH"
    | "SI"
    | "SJ"
    | "SK"
    | "SL"
    | "SM"
    | "SN"
    | "SO"
    | "SR"
    | "SS"
    | "ST"
    | "SV"
    | "SX"
    | "SY"
    | "SZ"
    | "TC"
    | "TD"
    | "TF"
    | "TG"
    | "TH"
    | "TJ"
    | "TK"
    | "TL"
    | "TM"
    | "TN"
    | "TO"
    | "TR"
    | "TT"
    | "TV"
    | "TW"
    | "TZ"
    | "UA"
    | "UG"
    | "UM"
    | "US"
    | "UY"
    | "UZ"
    | "VA"
    | "VC"
    | "VE"
    | "VG"
    | "VI"
    | "VN"
    | "VU"
    | "WF"
    | "WS"
    | "YE"
    | "YT"
    | "ZA"
    | "ZM"
    | "ZW";
  /**
   * For a grouping: the regions in it. Ids of regions.
   *
   * @minItems 1
   */
  members?: [Reference, ...Reference[]];
  /**
   * The region it is part of, such as Hong Kong in China. The id of a region.
   */
  partOf?: string;
  /**
   * For a grouping: the documents that name its members, each with the words that do, as a fact cites its sources.
   *
   * @minItems 1
   */
  sources?: [Citation, ...Citation[]];
}
/**
 * A source that supports the fact (or, for a grouping, its members).
 *
 * This interface was referenced by `PolicyGraphSeedFile`'s JSON-Schema
 * via the `definition` "citation".
 */
export interface Citation {
  /**
   * The id of a source in a sources: list.
   */
  source: string;
  /**
   * The words in the source that support the fact.
   */
  quote?: string;
}
/**
 * A product or service.
 *
 * This interface was referenced by `PolicyGraphSeedFile`'s JSON-Schema
 * via the `definition` "product".
 */
export interface Product {
  id: Id;
  /**
   * The usual name.
   */
  name: string;
  /**
   * Other names: former names, short names, names in other languages, the press's wording.
   */
  aliases?: string[];
  /**
   * One or two sentences: what it is.
   */
  description?: string;
  identifiers?: Identifiers;
  country?: Country;
  /**
   * Anything a curator should know.
   */
  notes?: string;
  /**
   * What kind of product.
   */
  kind: "ai-model" | "ai-service" | "cloud-service" | "api" | "software" | "chip" | "hardware" | "platform";
  /**
   * Who makes or offers it. The id of an organization.
   */
  provider?: string;
  /**
   * The products it is built on, such as a service on a model. Ids of products.
   *
   * @minItems 1
   */
  basedOn?: [Reference, ...Reference[]];
  /**
   * When it became available.
   */
  launched?: string;
}
/**
 * A law, rule, order, list or company policy.
 *
 * This interface was referenced by `PolicyGraphSeedFile`'s JSON-Schema
 * via the `definition` "policy".
 */
export interface Policy {
  id: Id;
  /**
   * The usual name.
   */
  name: string;
  /**
   * Other names: former names, short names, names in other languages, the press's wording.
   */
  aliases?: string[];
  /**
   * One or two sentences: what it is.
   */
  description?: string;
  identifiers?: Identifiers;
  country?: Country;
  /**
   * Anything a curator should know.
   */
  notes?: string;
  /**
   * What kind of policy. A bill is a proposed law that has not become one (it may have been vetoed or may have died).
   */
  kind:
    | "law"
    | "bill"
    | "executive-order"
    | "rule"
    | "proposed-rule"
    | "interim-final-rule"
    | "export-control"
    | "entity-list"
    | "regulation"
    | "guidance"
    | "company-policy"
    | "report"
    | "inquiry";
  /**
   * Who issued it. The id of an organization or a person.
   */
  issuer?: string;
  /**
   * Where it applies. The id of a region.
   */
  jurisdiction?: string;
  /**
   * Its official citation, such as 88 FR 75191.
   */
  citation?: string;
  url?: Url;
}
/**
 * A document that facts cite.
 *
 * This interface was referenced by `PolicyGraphSeedFile`'s JSON-Schema
 * via the `definition` "source".
 */
export interface Source {
  id: Id;
  /**
   * Where to read it.
   */
  url: string;
  /**
   * Its title.
   */
  title: string;
  /**
   * Who published it, such as Microsoft or The Verge.
   */
  publisher?: string;
  /**
   * Its author or authors.
   */
  author?: string;
  /**
   * When it was published.
   */
  published?: string;
  /**
   * When it was last updated.
   */
  updated?: string;
  /**
   * What kind of document.
   */
  kind?: "news" | "official" | "company" | "report" | "filing" | "database" | "blog";
  /**
   * Anything a curator should know.
   */
  notes?: string;
}
/**
 * An agreement between two or more parties: a licence to operate, a joint venture, a strategic or commercial deal, a product integration.
 *
 * This interface was referenced by `PolicyGraphSeedFile`'s JSON-Schema
 * via the `definition` "partnership".
 */
export interface Partnership {
  id: Id;
  /**
   * When it happened, for a fact that holds at one point in time. Use start/end for a period.
   */
  date?: string;
  /**
   * When it began to hold.
   */
  start?: string;
  /**
   * When it stopped holding; leave out while it still holds.
   */
  end?: string;
  /**
   * announced: made public, not yet in effect; active: holds; ended: held, no longer; completed: an event that took place (a round closed, an order signed); planned: intended; cancelled: announced or planned, then called off.
   */
  status: "announced" | "active" | "ended" | "completed" | "planned" | "cancelled";
  /**
   * How sure the sources make us. Leave out when they agree; low for a claim that is unverified (say what in notes).
   */
  confidence?: "high" | "medium" | "low";
  /**
   * The sources that support this fact, each with the quote that does, where there is one.
   *
   * @minItems 1
   */
  sources: [Citation, ...Citation[]];
  /**
   * The fact in a sentence, for readers.
   */
  description?: string;
  /**
   * Anything a curator should know: disagreements between sources, what is unverified.
   */
  notes?: string;
  /**
   * What kind of partnership.
   */
  kind:
    | "licensing"
    | "operating-licence"
    | "joint-venture"
    | "strategic"
    | "commercial"
    | "product-integration"
    | "cloud"
    | "research"
    | "investment-partnership";
  /**
   * Everyone party to it. Ids of organizations or people.
   *
   * @minItems 2
   */
  parties: [Reference, Reference, ...Reference[]];
  /**
   * The products it is about. Ids of products.
   *
   * @minItems 1
   */
  products?: [Reference, ...Reference[]];
  /**
   * The regions it covers. Ids of regions.
   *
   * @minItems 1
   */
  regions?: [Reference, ...Reference[]];
}
/**
 * Money put into an organization: one round, by one or several investors.
 *
 * This interface was referenced by `PolicyGraphSeedFile`'s JSON-Schema
 * via the `definition` "investment".
 */
export interface Investment {
  id: Id;
  /**
   * When it happened, for a fact that holds at one point in time. Use start/end for a period.
   */
  date?: string;
  /**
   * When it began to hold.
   */
  start?: string;
  /**
   * When it stopped holding; leave out while it still holds.
   */
  end?: string;
  /**
   * announced: made public, not yet in effect; active: holds; ended: held, no longer; completed: an event that took place (a round closed, an order signed); planned: intended; cancelled: announced or planned, then called off.
   */
  status: "announced" | "active" | "ended" | "completed" | "planned" | "cancelled";
  /**
   * How sure the sources make us. Leave out when they agree; low for a claim that is unverified (say what in notes).
   */
  confidence?: "high" | "medium" | "low";
  /**
   * The sources that support this fact, each with the quote that does, where there is one.
   *
   * @minItems 1
   */
  sources: [Citation, ...Citation[]];
  /**
   * The fact in a sentence, for readers.
   */
  description?: string;
  /**
   * Anything a curator should know: disagreements between sources, what is unverified.
   */
  notes?: string;
  /**
   * Who invested. Ids of organizations or people.
   *
   * @minItems 1
   */
  investors: [Reference, ...Reference[]];
  /**
   * Who received it. The id of an organization.
   */
  investee: string;
  amount?: Money;
  /**
   * true when the amount was not disclosed; give reported estimates instead.
   */
  undisclosed?: true;
  /**
   * Amounts that others reported when the amount itself was not disclosed.
   *
   * @minItems 1
   */
  estimates?: [
    {
      /**
       * The amount in units of the currency (1000000000 for one billion).
       */
      value: number;
      currency: Currency;
      /**
       * The id of the source that reported it.
       */
      source: string;
      /**
       * Whose estimate, with what qualification.
       */
      note?: string;
    },
    ...{
      /**
       * The amount in units of the currency (1000000000 for one billion).
       */
      value: number;
      currency: Currency;
      /**
       * The id of the source that reported it.
       */
      source: string;
      /**
       * Whose estimate, with what qualification.
       */
      note?: string;
    }[]
  ];
  /**
   * The round or tranche, such as first investment or Series B.
   */
  round?: string;
  /**
   * The stake held after it, in percent.
   */
  stakePercent?: number;
}
/**
 * How much, when disclosed.
 */
export interface Money {
  /**
   * The amount in units of the currency (1000000000 for one billion).
   */
  value: number;
  currency: Currency;
}
/**
 * A seat on an organization's board.
 *
 * This interface was referenced by `PolicyGraphSeedFile`'s JSON-Schema
 * via the `definition` "boardSeat".
 */
export interface BoardSeat {
  id: Id;
  /**
   * When it happened, for a fact that holds at one point in time. Use start/end for a period.
   */
  date?: string;
  /**
   * When it began to hold.
   */
  start?: string;
  /**
   * When it stopped holding; leave out while it still holds.
   */
  end?: string;
  /**
   * announced: made public, not yet in effect; active: holds; ended: held, no longer; completed: an event that took place (a round closed, an order signed); planned: intended; cancelled: announced or planned, then called off.
   */
  status: "announced" | "active" | "ended" | "completed" | "planned" | "cancelled";
  /**
   * How sure the sources make us. Leave out when they agree; low for a claim that is unverified (say what in notes).
   */
  confidence?: "high" | "medium" | "low";
  /**
   * The sources that support this fact, each with the quote that does, where there is one.
   *
   * @minItems 1
   */
  sources: [Citation, ...Citation[]];
  /**
   * The fact in a sentence, for readers.
   */
  description?: string;
  /**
   * Anything a curator should know: disagreements between sources, what is unverified.
   */
  notes?: string;
  /**
   * Who holds the seat. The id of a person.
   */
  person: string;
  /**
   * Whose board it is. The id of an organization.
   */
  board: string;
  /**
   * The organization the person sits for, if any. The id of an organization.
   */
  onBehalfOf?: string;
  /**
   * The seat's role.
   */
  role: "member" | "chair" | "vice-chair" | "observer";
  /**
   * Whether the seat votes; observers do not.
   */
  voting?: boolean;
}
/**
 * A position a person holds in an organization, such as CEO.
 *
 * This interface was referenced by `PolicyGraphSeedFile`'s JSON-Schema
 * via the `definition` "role".
 */
export interface Role {
  id: Id;
  /**
   * When it happened, for a fact that holds at one point in time. Use start/end for a period.
   */
  date?: string;
  /**
   * When it began to hold.
   */
  start?: string;
  /**
   * When it stopped holding; leave out while it still holds.
   */
  end?: string;
  /**
   * announced: made public, not yet in effect; active: holds; ended: held, no longer; completed: an event that took place (a round closed, an order signed); planned: intended; cancelled: announced or planned, then called off.
   */
  status: "announced" | "active" | "ended" | "completed" | "planned" | "cancelled";
  /**
   * How sure the sources make us. Leave out when they agree; low for a claim that is unverified (say what in notes).
   */
  confidence?: "high" | "medium" | "low";
  /**
   * The sources that support this fact, each with the quote that does, where there is one.
   *
   * @minItems 1
   */
  sources: [Citation, ...Citation[]];
  /**
   * The fact in a sentence, for readers.
   */
  description?: string;
  /**
   * Anything a curator should know: disagreements between sources, what is unverified.
   */
  notes?: string;
  /**
   * Who holds it. The id of a person.
   */
  person: string;
  /**
   * Where. The id of an organization.
   */
  organization: string;
  /**
   * The title, such as Chief Executive Officer.
   */
  title: string;
}
/**
 * A restriction one party imposes on regions, organizations or products: an API access block, an export control, an entity listing, a service withdrawal, a government's ban on a product on its own devices and networks.
 *
 * This interface was referenced by `PolicyGraphSeedFile`'s JSON-Schema
 * via the `definition` "restriction".
 */
export interface Restriction {
  id: Id;
  /**
   * When it happened, for a fact that holds at one point in time. Use start/end for a period.
   */
  date?: string;
  /**
   * When it began to hold.
   */
  start?: string;
  /**
   * When it stopped holding; leave out while it still holds.
   */
  end?: string;
  /**
   * announced: made public, not yet in effect; active: holds; ended: held, no longer; completed: an event that took place (a round closed, an order signed); planned: intended; cancelled: announced or planned, then called off.
   */
  status: "announced" | "active" | "ended" | "completed" | "planned" | "cancelled";
  /**
   * How sure the sources make us. Leave out when they agree; low for a claim that is unverified (say what in notes).
   */
  confidence?: "high" | "medium" | "low";
  /**
   * The sources that support this fact, each with the quote that does, where there is one.
   *
   * @minItems 1
   */
  sources: [Citation, ...Citation[]];
  /**
   * The fact in a sentence, for readers.
   */
  description?: string;
  /**
   * Anything a curator should know: disagreements between sources, what is unverified.
   */
  notes?: string;
  /**
   * What kind of restriction.
   */
  kind:
    | "api-access-block"
    | "unsupported-region"
    | "export-control"
    | "entity-listing"
    | "licence-requirement"
    | "service-withdrawal"
    | "sanction"
    | "investment-restriction"
    | "government-use-ban";
  /**
   * Who imposes it. The id of an organization.
   */
  imposedBy: string;
  /**
   * What it restricts. Ids of regions, organizations or products.
   *
   * @minItems 1
   */
  targets: [Reference, ...Reference[]];
  /**
   * The products whose use or sale it restricts. Ids of products.
   *
   * @minItems 1
   */
  products?: [Reference, ...Reference[]];
  /**
   * The policy it enacts, if any. The id of a policy.
   */
  policy?: string;
}
/**
 * A product offered in a region, possibly through an operator.
 *
 * This interface was referenced by `PolicyGraphSeedFile`'s JSON-Schema
 * via the `definition` "availability".
 */
export interface Availability {
  id: Id;
  /**
   * When it happened, for a fact that holds at one point in time. Use start/end for a period.
   */
  date?: string;
  /**
   * When it began to hold.
   */
  start?: string;
  /**
   * When it stopped holding; leave out while it still holds.
   */
  end?: string;
  /**
   * announced: made public, not yet in effect; active: holds; ended: held, no longer; completed: an event that took place (a round closed, an order signed); planned: intended; cancelled: announced or planned, then called off.
   */
  status: "announced" | "active" | "ended" | "completed" | "planned" | "cancelled";
  /**
   * How sure the sources make us. Leave out when they agree; low for a claim that is unverified (say what in notes).
   */
  confidence?: "high" | "medium" | "low";
  /**
   * The sources that support this fact, each with the quote that does, where there is one.
   *
   * @minItems 1
   */
  sources: [Citation, ...Citation[]];
  /**
   * The fact in a sentence, for readers.
   */
  description?: string;
  /**
   * Anything a curator should know: disagreements between sources, what is unverified.
   */
  notes?: string;
  /**
   * What is offered. The id of a product.
   */
  product: string;
  /**
   * Where. The id of a region.
   */
  region: string;
  /**
   * Who operates it there, if not the provider. The id of an organization.
   */
  operator?: string;
  /**
   * Who may use it there, such as enterprise customers.
   */
  audience?: string;
}
/**
 * A count of patents reported for a period (start and end), by jurisdiction or by applicant.
 *
 * This interface was referenced by `PolicyGraphSeedFile`'s JSON-Schema
 * via the `definition` "patentStatistic".
 */
export interface PatentStatistic {
  id: Id;
  /**
   * When it happened, for a fact that holds at one point in time. Use start/end for a period.
   */
  date?: string;
  /**
   * When it began to hold.
   */
  start?: string;
  /**
   * When it stopped holding; leave out while it still holds.
   */
  end?: string;
  /**
   * announced: made public, not yet in effect; active: holds; ended: held, no longer; completed: an event that took place (a round closed, an order signed); planned: intended; cancelled: announced or planned, then called off.
   */
  status: "announced" | "active" | "ended" | "completed" | "planned" | "cancelled";
  /**
   * How sure the sources make us. Leave out when they agree; low for a claim that is unverified (say what in notes).
   */
  confidence?: "high" | "medium" | "low";
  /**
   * The sources that support this fact, each with the quote that does, where there is one.
   *
   * @minItems 1
   */
  sources: [Citation, ...Citation[]];
  /**
   * The fact in a sentence, for readers.
   */
  description?: string;
  /**
   * Anything a curator should know: disagreements between sources, what is unverified.
   */
  notes?: string;
  /**
   * Who reports the figure. The id of an organization.
   */
  reportedBy: string;
  /**
   * The region the count is for. The id of a region.
   */
  jurisdiction?: string;
  /**
   * The applicant the count is for. The id of an organization.
   */
  applicant?: string;
  /**
   * The technology field, such as generative AI.
   */
  field: string;
  /**
   * The number counted.
   */
  count: number;
  /**
   * What is counted.
   */
  unit: "patent-families" | "applications" | "grants" | "inventions";
  /**
   * How the count is attributed to a jurisdiction.
   */
  basis?: "inventor-location" | "applicant" | "filing-office";
}
/**
 * Something done about a policy or under one: proposed, signed, enacted, revoked, an inquiry, an oversight push.
 *
 * This interface was referenced by `PolicyGraphSeedFile`'s JSON-Schema
 * via the `definition` "policyAction".
 */
export interface PolicyAction {
  id: Id;
  /**
   * When it happened, for a fact that holds at one point in time. Use start/end for a period.
   */
  date?: string;
  /**
   * When it began to hold.
   */
  start?: string;
  /**
   * When it stopped holding; leave out while it still holds.
   */
  end?: string;
  /**
   * announced: made public, not yet in effect; active: holds; ended: held, no longer; completed: an event that took place (a round closed, an order signed); planned: intended; cancelled: announced or planned, then called off.
   */
  status: "announced" | "active" | "ended" | "completed" | "planned" | "cancelled";
  /**
   * How sure the sources make us. Leave out when they agree; low for a claim that is unverified (say what in notes).
   */
  confidence?: "high" | "medium" | "low";
  /**
   * The sources that support this fact, each with the quote that does, where there is one.
   *
   * @minItems 1
   */
  sources: [Citation, ...Citation[]];
  /**
   * The fact in a sentence, for readers.
   */
  description?: string;
  /**
   * Anything a curator should know: disagreements between sources, what is unverified.
   */
  notes?: string;
  /**
   * What was done. passed: a chamber or legislature voted a bill or act through (not yet law); enacted: it became law.
   */
  action:
    | "proposed"
    | "passed"
    | "signed"
    | "enacted"
    | "effective"
    | "amended"
    | "revoked"
    | "rescinded"
    | "announced"
    | "vetoed"
    | "inquiry"
    | "review"
    | "oversight"
    | "comment-period";
  /**
   * Who did it. The id of an organization or a person.
   */
  actor: string;
  /**
   * The policy acted on. The id of a policy.
   */
  policy?: string;
  /**
   * Whom it concerns. Ids of organizations, people, regions or products.
   *
   * @minItems 1
   */
  targets?: [Reference, ...Reference[]];
}
/**
 * One organization acquiring another, or a stake in it: announced, then completed, abandoned or blocked. Its date is when it completed, or, until then, when it was announced.
 *
 * This interface was referenced by `PolicyGraphSeedFile`'s JSON-Schema
 * via the `definition` "acquisition".
 */
export interface Acquisition {
  id: Id;
  /**
   * When it happened, for a fact that holds at one point in time. Use start/end for a period.
   */
  date?: string;
  /**
   * When it began to hold.
   */
  start?: string;
  /**
   * When it stopped holding; leave out while it still holds.
   */
  end?: string;
  /**
   * announced: agreed and made public, not completed; completed: closed; abandoned: called off by the parties; blocked: stopped by a regulator or a court.
   */
  status: "announced" | "completed" | "abandoned" | "blocked";
  /**
   * How sure the sources make us. Leave out when they agree; low for a claim that is unverified (say what in notes).
   */
  confidence?: "high" | "medium" | "low";
  /**
   * The sources that support this fact, each with the quote that does, where there is one.
   *
   * @minItems 1
   */
  sources: [Citation, ...Citation[]];
  /**
   * The fact in a sentence, for readers.
   */
  description?: string;
  /**
   * Anything a curator should know: disagreements between sources, what is unverified.
   */
  notes?: string;
  /**
   * What was acquired.
   */
  kind: "whole-company" | "majority-stake" | "minority-stake" | "merger" | "asset-purchase";
  /**
   * Who acquires. The id of an organization.
   */
  acquirer: string;
  /**
   * Who is acquired, wholly or in part. The id of an organization.
   */
  acquired: string;
  price?: Money1;
  /**
   * The share acquired, in percent; leave out for a whole company.
   */
  share?: number;
  /**
   * The terms in brief, such as all cash or a share swap.
   */
  terms?: string;
  /**
   * When it was announced.
   */
  announced?: string;
  /**
   * When it completed; leave out until it does.
   */
  closed?: string;
}
/**
 * The price, when disclosed.
 */
export interface Money1 {
  /**
   * The amount in units of the currency (1000000000 for one billion).
   */
  value: number;
  currency: Currency;
}
/**
 * A share of an organization held by an organization or a person: a state over a period (start, and end once it no longer holds), or, when only a disclosure is known, on the day it was disclosed (date). How it was bought is an investment or an acquisition.
 *
 * This interface was referenced by `PolicyGraphSeedFile`'s JSON-Schema
 * via the `definition` "ownershipStake".
 */
export interface OwnershipStake {
  id: Id;
  /**
   * When it happened, for a fact that holds at one point in time. Use start/end for a period.
   */
  date?: string;
  /**
   * When it began to hold.
   */
  start?: string;
  /**
   * When it stopped holding; leave out while it still holds.
   */
  end?: string;
  /**
   * announced: agreed and made public, not yet held (a warrant not yet vested, a stake to come with a closing); active: held; ended: held, no longer; cancelled: announced, then called off.
   */
  status: "announced" | "active" | "ended" | "cancelled";
  /**
   * How sure the sources make us. Leave out when they agree; low for a claim that is unverified (say what in notes).
   */
  confidence?: "high" | "medium" | "low";
  /**
   * The sources that support this fact, each with the quote that does, where there is one.
   *
   * @minItems 1
   */
  sources: [Citation, ...Citation[]];
  /**
   * The fact in a sentence, for readers.
   */
  description?: string;
  /**
   * Anything a curator should know: disagreements between sources, what is unverified.
   */
  notes?: string;
  /**
   * Who holds the stake. The id of an organization or a person.
   */
  holder: string;
  /**
   * The organization the stake is in. The id of an organization.
   */
  held: string;
  /**
   * The share held, in percent, as the sources give it (say in the description when it is approximate).
   */
  share?: number;
  /**
   * What the share is of, when not of all shares: preferred shares, voting rights, a warrant.
   */
  shareClass?: string;
  value?: Money2;
}
/**
 * What the stake was worth, when reported; say on what basis in notes.
 */
export interface Money2 {
  /**
   * The amount in units of the currency (1000000000 for one billion).
   */
  value: number;
  currency: Currency;
}
/**
 * A commitment to buy computing from a provider: cloud capacity, or chips and systems, for an amount or a capacity over a term. It holds from when it binds (start); announced is when it was made public. When only the day it was announced or reported is known (or it is not yet binding), date is that day. A commitment is not money paid.
 *
 * This interface was referenced by `PolicyGraphSeedFile`'s JSON-Schema
 * via the `definition` "computeCommitment".
 */
export interface ComputeCommitment {
  id: Id;
  /**
   * When it happened, for a fact that holds at one point in time. Use start/end for a period.
   */
  date?: string;
  /**
   * When it began to hold.
   */
  start?: string;
  /**
   * When it stopped holding; leave out while it still holds.
   */
  end?: string;
  /**
   * announced: made public, not yet binding (a letter of intent, terms to be agreed); active: contracted, running; ended: ran its term or was ended; cancelled: announced, then called off.
   */
  status: "announced" | "active" | "ended" | "cancelled";
  /**
   * How sure the sources make us. Leave out when they agree; low for a claim that is unverified (say what in notes).
   */
  confidence?: "high" | "medium" | "low";
  /**
   * The sources that support this fact, each with the quote that does, where there is one.
   *
   * @minItems 1
   */
  sources: [Citation, ...Citation[]];
  /**
   * The fact in a sentence, for readers.
   */
  description?: string;
  /**
   * Anything a curator should know: disagreements between sources, what is unverified.
   */
  notes?: string;
  /**
   * Who commits to buy. The id of an organization.
   */
  buyer: string;
  /**
   * Who provides the compute. The id of an organization.
   */
  provider: string;
  /**
   * The cloud, chips or systems bought, when in the graph. Ids of products.
   *
   * @minItems 1
   */
  products?: [Reference, ...Reference[]];
  amount?: Money3;
  /**
   * How the sources bound the amount: up-to (a ceiling, as much as), at-least (a floor, more than), about; leave out when the amount is stated as is.
   */
  amountBound?: "up-to" | "at-least" | "about";
  /**
   * true when the amount was not disclosed; the capacity may still be.
   */
  undisclosed?: true;
  /**
   * The capacity bought, as stated: 4.5 GW, one million TPUs.
   */
  capacity?: string;
  /**
   * Over what period it runs, as stated: five years from 2027, through April 2026.
   */
  term?: string;
  /**
   * When it was made public.
   */
  announced?: string;
}
/**
 * How much, over the whole term, when disclosed.
 */
export interface Money3 {
  /**
   * The amount in units of the currency (1000000000 for one billion).
   */
  value: number;
  currency: Currency;
}
/**
 * A licence an authority grants under an export control: who may export which products to which destinations or customers, on what conditions. It holds from when it was granted or took effect (start) until it expired or was revoked (end); when only the grant is known, date is its day.
 *
 * This interface was referenced by `PolicyGraphSeedFile`'s JSON-Schema
 * via the `definition` "exportLicence".
 */
export interface ExportLicence {
  id: Id;
  /**
   * When it happened, for a fact that holds at one point in time. Use start/end for a period.
   */
  date?: string;
  /**
   * When it began to hold.
   */
  start?: string;
  /**
   * When it stopped holding; leave out while it still holds.
   */
  end?: string;
  /**
   * announced: a decision to license made public, licences not yet granted; active: granted, in force; ended: expired or lapsed; revoked: withdrawn by the authority before it expired, wholly or in part; denied: applied for and refused.
   */
  status: "announced" | "active" | "ended" | "revoked" | "denied";
  /**
   * How sure the sources make us. Leave out when they agree; low for a claim that is unverified (say what in notes).
   */
  confidence?: "high" | "medium" | "low";
  /**
   * The sources that support this fact, each with the quote that does, where there is one.
   *
   * @minItems 1
   */
  sources: [Citation, ...Citation[]];
  /**
   * The fact in a sentence, for readers.
   */
  description?: string;
  /**
   * Anything a curator should know: disagreements between sources, what is unverified.
   */
  notes?: string;
  /**
   * individual: granted to named exporters for named exports; general: for a class of transactions, such as a temporary general licence.
   */
  kind: "individual" | "general";
  /**
   * The authority that grants it. The id of an organization.
   */
  grantedBy: string;
  /**
   * Who may export under it. Ids of organizations; leave out when the sources do not name them.
   *
   * @minItems 1
   */
  licensees?: [Reference, ...Reference[]];
  /**
   * The products it lets out. Ids of products.
   *
   * @minItems 1
   */
  products?: [Reference, ...Reference[]];
  /**
   * Where the goods may go. Ids of regions.
   *
   * @minItems 1
   */
  destinations?: [Reference, ...Reference[]];
  /**
   * Whom the goods may go to, when named. Ids of organizations.
   *
   * @minItems 1
   */
  customers?: [Reference, ...Reference[]];
  /**
   * The control it is granted under, if in the graph. The id of a policy.
   */
  policy?: string;
  /**
   * Its conditions in brief, such as 15% of revenue paid to the government.
   */
  conditions?: string;
  /**
   * When it was granted.
   */
  granted?: string;
}
/**
 * An amount of money.
 *
 * This interface was referenced by `PolicyGraphSeedFile`'s JSON-Schema
 * via the `definition` "money".
 */
export interface Money4 {
  /**
   * The amount in units of the currency (1000000000 for one billion).
   */
  value: number;
  currency: Currency;
}
