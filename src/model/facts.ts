import type { EntityKind, FactKindSpec } from './spec.js';

/**
 * The fact kinds of the graph: the one place a fact kind is written. The seed schema's fact
 * definitions, the SDL of the fact types and of the entity fields that list them, the role
 * table, the load plan and the explorer's legend are derived from it (npm run codegen:model).
 */

const ORG = ['organization'] as const satisfies readonly EntityKind[];
const PERSON = ['person'] as const satisfies readonly EntityKind[];
const REGION = ['region'] as const satisfies readonly EntityKind[];
const PRODUCT = ['product'] as const satisfies readonly EntityKind[];
const POLICY = ['policy'] as const satisfies readonly EntityKind[];
const ORG_OR_PERSON = ['organization', 'person'] as const satisfies readonly EntityKind[];

/** The statuses of most facts: states that hold for a while, and events. */
const STATUSES = {
  values: ['announced', 'active', 'ended', 'completed', 'planned', 'cancelled'],
  description:
    'announced: made public, not yet in effect; active: holds; ended: held, no longer; completed: an event that took place (a round closed, an order signed); planned: intended; cancelled: announced or planned, then called off.',
  neverHeld: ['planned', 'cancelled'],
} as const;

/** The parts an entity plays in a fact (the API's FactRole), in the API's order. */
export const ROLES = {
  PARTY: {},
  INVESTOR: {},
  INVESTEE: {},
  HOLDER: { description: 'Who holds a board seat, a role or an ownership stake.' },
  BOARD: { description: 'The organization whose board it is.' },
  ON_BEHALF_OF: {},
  EMPLOYER: { description: 'The organization where a person holds a role.' },
  IMPOSER: {},
  TARGET: { description: 'What a restriction or policy action targets.' },
  PRODUCT: { description: 'A product a partnership or restriction concerns.' },
  REGION: { description: 'A region a partnership or an availability covers.' },
  OFFERED: { description: 'The product an availability offers.' },
  OPERATOR: {},
  REPORTER: {},
  JURISDICTION: {},
  APPLICANT: {},
  ACTOR: {},
  POLICY: {},
  ACQUIRER: { description: 'The organization that acquires another or a stake in it.' },
  ACQUIRED: { description: 'The organization acquired, wholly or in part.' },
  HELD: { description: 'The organization an ownership stake is held in.' },
  BUYER: { description: 'Who commits to buy compute.' },
  PROVIDER: { description: 'Who provides the compute bought: a cloud, a chip or systems maker.' },
  GRANTOR: { description: 'The authority that grants an export licence.' },
  LICENSEE: { description: 'Who holds an export licence: the exporter.' },
  DESTINATION: { description: 'A region an export licence lets goods go to.' },
  CUSTOMER: { description: 'A customer an export licence lets goods go to.' },
} as const satisfies Record<string, { description?: string }>;

export type FactRoleName = keyof typeof ROLES;

const kindText = (text: string) => ({ type: 'string', minLength: 1, description: text }) as const;

export const FACT_KINDS = {
  partnership: {
    key: 'partnerships',
    plural: 'partnerships',
    label: 'Partnership',
    heading: 'Partnerships',
    description:
      'An agreement between two or more parties: a licence to operate, a joint venture, a strategic or commercial deal, a product integration.',
    statuses: STATUSES,
    fields: {
      kind: {
        seed: {
          type: 'string',
          enum: [
            'licensing',
            'operating-licence',
            'joint-venture',
            'strategic',
            'commercial',
            'product-integration',
            'cloud',
            'research',
            'investment-partnership',
          ],
          description: 'What kind of partnership.',
        },
        required: true,
        stored: 'string',
        graphql: {
          type: 'String',
          description: 'operating-licence, cloud, product-integration, joint-venture, ...',
        },
      },
      parties: {
        role: 'PARTY',
        relationship: 'PARTY',
        kinds: ORG_OR_PERSON,
        many: true,
        minItems: 2,
        required: true,
        seed: 'Everyone party to it. Ids of organizations or people.',
      },
      products: {
        role: 'PRODUCT',
        relationship: 'CONCERNS',
        kinds: PRODUCT,
        many: true,
        seed: 'The products it is about. Ids of products.',
      },
      regions: {
        role: 'REGION',
        relationship: 'IN_REGION',
        kinds: REGION,
        many: true,
        seed: 'The regions it covers. Ids of regions.',
      },
    },
    connections: [
      {
        name: 'partnerships',
        roles: ['PARTY'],
        on: {
          organization: 'Partnerships it is a party to.',
          person: 'Partnerships the person is a party to.',
        },
      },
      {
        name: 'partnerships',
        roles: ['REGION'],
        on: { region: 'Partnerships that cover the region.' },
      },
      { name: 'partnerships', roles: ['PRODUCT'], on: { product: 'Partnerships about it.' } },
    ],
  },
  investment: {
    key: 'investments',
    plural: 'investments',
    label: 'Investment',
    heading: 'Investments',
    description: 'Money put into an organization: one round, by one or several investors.',
    statuses: STATUSES,
    events: true,
    fields: {
      investors: {
        role: 'INVESTOR',
        relationship: 'INVESTOR',
        kinds: ORG_OR_PERSON,
        many: true,
        required: true,
        seed: 'Who invested. Ids of organizations or people.',
        graphql: 'The investors, lead first.',
      },
      investee: {
        role: 'INVESTEE',
        relationship: 'INVESTEE',
        kinds: ORG,
        required: true,
        seed: 'Who received it. The id of an organization.',
      },
      amount: {
        seed: { $ref: '#/definitions/money', description: 'How much, when disclosed.' },
        stored: 'money',
        graphql: { type: 'Money', description: 'Null when undisclosed; see estimates.' },
      },
      undisclosed: {
        seed: {
          type: 'boolean',
          const: true,
          description: 'true when the amount was not disclosed; give reported estimates instead.',
        },
        stored: 'boolean',
        graphql: { type: 'Boolean!' },
      },
      estimates: {
        seed: {
          type: 'array',
          minItems: 1,
          description: 'Amounts that others reported when the amount itself was not disclosed.',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['value', 'currency', 'source'],
            properties: {
              value: {
                type: 'number',
                exclusiveMinimum: 0,
                description: 'The amount in units of the currency (1000000000 for one billion).',
              },
              currency: { $ref: '#/definitions/currency' },
              source: {
                $ref: '#/definitions/reference',
                description: 'The id of the source that reported it.',
              },
              note: kindText('Whose estimate, with what qualification.'),
            },
          },
        },
        stored: 'json',
        graphql: { type: '[Estimate!]!' },
      },
      round: {
        seed: kindText('The round or tranche, such as first investment or Series B.'),
        stored: 'string',
        graphql: { type: 'String' },
      },
      stakePercent: {
        seed: {
          type: 'number',
          exclusiveMinimum: 0,
          maximum: 100,
          description: 'The stake held after it, in percent.',
        },
        stored: 'number',
        graphql: { type: 'Float' },
      },
    },
    connections: [
      {
        name: 'investmentsMade',
        roles: ['INVESTOR'],
        on: { organization: 'Investments it made.', person: 'Investments the person made.' },
      },
      {
        name: 'investmentsReceived',
        roles: ['INVESTEE'],
        on: { organization: 'Investments it received.' },
      },
    ],
  },
  boardSeat: {
    key: 'boardSeats',
    plural: 'board seats',
    label: 'BoardSeat',
    heading: 'Board seats',
    description: "A seat on an organization's board.",
    statuses: STATUSES,
    fields: {
      person: {
        role: 'HOLDER',
        relationship: 'HOLDER',
        kinds: PERSON,
        required: true,
        seed: 'Who holds the seat. The id of a person.',
      },
      board: {
        role: 'BOARD',
        relationship: 'BOARD_OF',
        kinds: ORG,
        required: true,
        seed: 'Whose board it is. The id of an organization.',
      },
      onBehalfOf: {
        role: 'ON_BEHALF_OF',
        relationship: 'ON_BEHALF_OF',
        kinds: ORG,
        seed: 'The organization the person sits for, if any. The id of an organization.',
        graphql: "The organization the seat represents, such as an investor's observer seat.",
      },
      role: {
        seed: {
          type: 'string',
          enum: ['member', 'chair', 'vice-chair', 'observer'],
          description: "The seat's role.",
        },
        required: true,
        stored: 'string',
        graphql: { type: 'String!', description: 'member, chair, vice-chair or observer.' },
      },
      voting: {
        seed: { type: 'boolean', description: 'Whether the seat votes; observers do not.' },
        stored: 'boolean',
        graphql: { type: 'Boolean' },
      },
    },
    connections: [
      { name: 'boardSeats', roles: ['BOARD'], on: { organization: 'Seats on its board.' } },
      {
        name: 'boardSeatsOnBehalf',
        roles: ['ON_BEHALF_OF'],
        on: { organization: 'Seats on other boards held on its behalf.' },
      },
      {
        name: 'boardSeats',
        roles: ['HOLDER'],
        on: { person: 'Board seats the person holds or held.' },
      },
    ],
  },
  role: {
    key: 'roles',
    plural: 'roles',
    label: 'Role',
    heading: 'Roles',
    description: 'A position a person holds in an organization, such as CEO.',
    statuses: STATUSES,
    fields: {
      person: {
        role: 'HOLDER',
        relationship: 'HOLDER',
        kinds: PERSON,
        required: true,
        seed: 'Who holds it. The id of a person.',
      },
      organization: {
        role: 'EMPLOYER',
        relationship: 'ROLE_AT',
        kinds: ORG,
        required: true,
        seed: 'Where. The id of an organization.',
      },
      title: {
        seed: kindText('The title, such as Chief Executive Officer.'),
        required: true,
        stored: 'string',
        graphql: { type: 'String!' },
      },
    },
    connections: [
      { name: 'roles', roles: ['EMPLOYER'], on: { organization: 'Roles people hold at it.' } },
      { name: 'roles', roles: ['HOLDER'], on: { person: 'Roles the person holds or held.' } },
    ],
  },
  restriction: {
    key: 'restrictions',
    plural: 'restrictions',
    label: 'Restriction',
    heading: 'Restrictions',
    description:
      "A restriction one party imposes on regions, organizations or products: an API access block, an export control, an entity listing, a service withdrawal, a government's ban on a product on its own devices and networks.",
    statuses: STATUSES,
    fields: {
      kind: {
        seed: {
          type: 'string',
          enum: [
            'api-access-block',
            'unsupported-region',
            'export-control',
            'entity-listing',
            'licence-requirement',
            'service-withdrawal',
            'sanction',
            'investment-restriction',
            'government-use-ban',
          ],
          description: 'What kind of restriction.',
        },
        required: true,
        stored: 'string',
        graphql: {
          type: 'String',
          description: 'api-access-block, export-control, entity-listing, ...',
        },
      },
      imposedBy: {
        role: 'IMPOSER',
        relationship: 'IMPOSED_BY',
        kinds: ORG,
        required: true,
        seed: 'Who imposes it. The id of an organization.',
      },
      targets: {
        role: 'TARGET',
        relationship: 'TARGETS',
        kinds: ['region', 'organization', 'product'],
        many: true,
        required: true,
        seed: 'What it restricts. Ids of regions, organizations or products.',
        graphql: 'The regions, organizations or products restricted.',
      },
      products: {
        role: 'PRODUCT',
        relationship: 'CONCERNS',
        kinds: PRODUCT,
        many: true,
        seed: 'The products whose use or sale it restricts. Ids of products.',
        graphql: 'The products whose use or sale is restricted.',
      },
      policy: {
        role: 'POLICY',
        relationship: 'UNDER_POLICY',
        kinds: POLICY,
        seed: 'The policy it enacts, if any. The id of a policy.',
      },
    },
    connections: [
      {
        name: 'restrictionsImposed',
        roles: ['IMPOSER'],
        on: { organization: 'Restrictions it imposed.' },
      },
      {
        name: 'restrictionsSuffered',
        roles: ['TARGET'],
        on: { organization: 'Restrictions that target it.' },
      },
      {
        name: 'restrictions',
        roles: ['TARGET'],
        on: { region: 'Restrictions that target the region.' },
      },
      {
        name: 'restrictions',
        roles: ['PRODUCT', 'TARGET'],
        on: { product: 'Restrictions on it or its use.' },
      },
      { name: 'restrictions', roles: ['POLICY'], on: { policy: 'Restrictions imposed under it.' } },
    ],
  },
  availability: {
    key: 'availabilities',
    plural: 'availabilities',
    label: 'Availability',
    heading: 'Availability',
    description: 'A product offered in a region, possibly through an operator.',
    statuses: STATUSES,
    fields: {
      product: {
        role: 'OFFERED',
        relationship: 'OFFERS',
        kinds: PRODUCT,
        required: true,
        seed: 'What is offered. The id of a product.',
      },
      region: {
        role: 'REGION',
        relationship: 'IN_REGION',
        kinds: REGION,
        required: true,
        seed: 'Where. The id of a region.',
      },
      operator: {
        role: 'OPERATOR',
        relationship: 'OPERATED_BY',
        kinds: ORG,
        seed: 'Who operates it there, if not the provider. The id of an organization.',
        graphql: 'Who runs it there, when not the provider (21Vianet for Azure in China).',
      },
      audience: {
        seed: kindText('Who may use it there, such as enterprise customers.'),
        stored: 'string',
        graphql: { type: 'String' },
      },
    },
    connections: [
      {
        name: 'availabilitiesOperated',
        roles: ['OPERATOR'],
        on: { organization: 'Products it operates in a region for their provider.' },
      },
      {
        name: 'availabilities',
        roles: ['REGION'],
        on: { region: 'Products offered in the region.' },
      },
      {
        name: 'availabilities',
        roles: ['OFFERED'],
        on: { product: 'Where it is offered, and through whom.' },
      },
    ],
  },
  patentStatistic: {
    key: 'patentStatistics',
    plural: 'patent statistics',
    label: 'PatentStatistic',
    heading: 'Patent statistics',
    description:
      'A count of patents reported for a period (start and end), by jurisdiction or by applicant.',
    statuses: STATUSES,
    fields: {
      reportedBy: {
        role: 'REPORTER',
        relationship: 'REPORTED_BY',
        kinds: ORG,
        required: true,
        seed: 'Who reports the figure. The id of an organization.',
      },
      jurisdiction: {
        role: 'JURISDICTION',
        relationship: 'FOR_REGION',
        kinds: REGION,
        seed: 'The region the count is for. The id of a region.',
      },
      applicant: {
        role: 'APPLICANT',
        relationship: 'FOR_APPLICANT',
        kinds: ORG,
        seed: 'The applicant the count is for. The id of an organization.',
      },
      field: {
        seed: kindText('The technology field, such as generative AI.'),
        required: true,
        stored: 'string',
        graphql: { type: 'String!', description: 'The technology field, such as `generative AI`.' },
      },
      count: {
        seed: { type: 'integer', minimum: 0, description: 'The number counted.' },
        required: true,
        stored: 'number',
        graphql: { type: 'Int!' },
      },
      unit: {
        seed: {
          type: 'string',
          enum: ['patent-families', 'applications', 'grants', 'inventions'],
          description: 'What is counted.',
        },
        required: true,
        stored: 'string',
        graphql: {
          type: 'String!',
          description: 'patent-families, applications, grants or inventions.',
        },
      },
      basis: {
        seed: {
          type: 'string',
          enum: ['inventor-location', 'applicant', 'filing-office'],
          description: 'How the count is attributed to a jurisdiction.',
        },
        stored: 'string',
        graphql: {
          type: 'String',
          description:
            'What places a filing in the jurisdiction: inventor-location, applicant or filing-office.',
        },
      },
    },
    connections: [
      {
        name: 'patentStatistics',
        roles: ['APPLICANT'],
        on: { organization: 'Patent statistics about it as an applicant.' },
      },
      {
        name: 'patentStatistics',
        roles: ['JURISDICTION'],
        on: { region: 'Patent statistics for the region as a jurisdiction.' },
      },
    ],
  },
  policyAction: {
    key: 'policyActions',
    plural: 'policy actions',
    label: 'PolicyAction',
    heading: 'Policy actions',
    description:
      'Something done about a policy or under one: proposed, signed, enacted, revoked, an inquiry, an oversight push.',
    statuses: STATUSES,
    events: true,
    fields: {
      action: {
        seed: {
          type: 'string',
          enum: [
            'proposed',
            'passed',
            'signed',
            'enacted',
            'effective',
            'amended',
            'revoked',
            'rescinded',
            'announced',
            'vetoed',
            'inquiry',
            'review',
            'oversight',
            'comment-period',
          ],
          description:
            'What was done. passed: a chamber or legislature voted a bill or act through (not yet law); enacted: it became law.',
        },
        required: true,
        stored: 'string',
        graphql: {
          type: 'String!',
          description: 'proposed, passed, signed, enacted, effective, revoked, ...',
        },
      },
      actor: {
        role: 'ACTOR',
        relationship: 'ACTOR',
        kinds: ORG_OR_PERSON,
        required: true,
        seed: 'Who did it. The id of an organization or a person.',
      },
      policy: {
        role: 'POLICY',
        relationship: 'ON_POLICY',
        kinds: POLICY,
        seed: 'The policy acted on. The id of a policy.',
      },
      targets: {
        role: 'TARGET',
        relationship: 'TARGETS',
        kinds: ['organization', 'person', 'region', 'product'],
        many: true,
        seed: 'Whom it concerns. Ids of organizations, people, regions or products.',
      },
    },
    connections: [
      {
        name: 'policyActions',
        roles: ['ACTOR'],
        on: { organization: 'Policy actions it took.', person: 'Policy actions the person took.' },
      },
      {
        name: 'actions',
        roles: ['POLICY'],
        on: { policy: 'What was done about it: proposed, signed, effective, revoked.' },
      },
    ],
  },
  acquisition: {
    key: 'acquisitions',
    plural: 'acquisitions',
    label: 'Acquisition',
    heading: 'Acquisitions',
    description:
      'One organization acquiring another, or a stake in it: announced, then completed, abandoned or blocked. Its date is when it completed, or, until then, when it was announced.',
    statuses: {
      values: ['announced', 'completed', 'abandoned', 'blocked'],
      description:
        'announced: agreed and made public, not completed; completed: closed; abandoned: called off by the parties; blocked: stopped by a regulator or a court.',
      neverHeld: ['abandoned', 'blocked'],
    },
    fields: {
      kind: {
        seed: {
          type: 'string',
          enum: ['whole-company', 'majority-stake', 'minority-stake', 'merger', 'asset-purchase'],
          description: 'What was acquired.',
        },
        required: true,
        stored: 'string',
        graphql: { type: 'String', description: 'whole-company, majority-stake, merger, ...' },
      },
      acquirer: {
        role: 'ACQUIRER',
        relationship: 'ACQUIRER',
        kinds: ORG,
        required: true,
        seed: 'Who acquires. The id of an organization.',
      },
      acquired: {
        role: 'ACQUIRED',
        relationship: 'ACQUIRED',
        kinds: ORG,
        required: true,
        seed: 'Who is acquired, wholly or in part. The id of an organization.',
      },
      price: {
        seed: { $ref: '#/definitions/money', description: 'The price, when disclosed.' },
        stored: 'money',
        graphql: { type: 'Money', description: 'Null when undisclosed.' },
      },
      share: {
        seed: {
          type: 'number',
          exclusiveMinimum: 0,
          maximum: 100,
          description: 'The share acquired, in percent; leave out for a whole company.',
        },
        stored: 'number',
        graphql: { type: 'Float' },
      },
      terms: {
        seed: kindText('The terms in brief, such as all cash or a share swap.'),
        stored: 'string',
        graphql: { type: 'String' },
      },
      announced: {
        seed: { $ref: '#/definitions/date', description: 'When it was announced.' },
        stored: 'string',
        graphql: { type: 'PartialDate' },
      },
      closed: {
        seed: {
          $ref: '#/definitions/date',
          description: 'When it completed; leave out until it does.',
        },
        stored: 'string',
        graphql: { type: 'PartialDate' },
      },
    },
    connections: [
      {
        name: 'acquisitions',
        roles: ['ACQUIRER'],
        on: { organization: 'Acquisitions it made or agreed to.' },
      },
      {
        name: 'acquiredBy',
        roles: ['ACQUIRED'],
        on: { organization: 'Acquisitions of it, or of a stake in it.' },
      },
    ],
  },
  ownershipStake: {
    key: 'ownershipStakes',
    plural: 'ownership stakes',
    label: 'OwnershipStake',
    heading: 'Ownership stakes',
    description:
      'A share of an organization held by an organization or a person: a state over a period (start, and end once it no longer holds), or, when only a disclosure is known, on the day it was disclosed (date). How it was bought is an investment or an acquisition.',
    statuses: {
      values: ['announced', 'active', 'ended', 'cancelled'],
      description:
        'announced: agreed and made public, not yet held (a warrant not yet vested, a stake to come with a closing); active: held; ended: held, no longer; cancelled: announced, then called off.',
      neverHeld: ['cancelled'],
    },
    fields: {
      holder: {
        role: 'HOLDER',
        relationship: 'HOLDER',
        kinds: ORG_OR_PERSON,
        required: true,
        seed: 'Who holds the stake. The id of an organization or a person.',
      },
      held: {
        role: 'HELD',
        relationship: 'STAKE_IN',
        kinds: ORG,
        required: true,
        seed: 'The organization the stake is in. The id of an organization.',
      },
      share: {
        seed: {
          type: 'number',
          exclusiveMinimum: 0,
          maximum: 100,
          description:
            'The share held, in percent, as the sources give it (say in the description when it is approximate).',
        },
        stored: 'number',
        graphql: { type: 'Float', description: 'In percent; null when not disclosed.' },
      },
      shareClass: {
        seed: kindText(
          'What the share is of, when not of all shares: preferred shares, voting rights, a warrant.',
        ),
        stored: 'string',
        graphql: { type: 'String' },
      },
      value: {
        seed: {
          $ref: '#/definitions/money',
          description: 'What the stake was worth, when reported; say on what basis in notes.',
        },
        stored: 'money',
        graphql: { type: 'Money' },
      },
    },
    connections: [
      {
        name: 'stakesHeld',
        roles: ['HOLDER'],
        on: {
          organization: 'Ownership stakes it holds in other organizations.',
          person: 'Ownership stakes the person holds.',
        },
      },
      {
        name: 'ownedBy',
        roles: ['HELD'],
        on: { organization: 'Ownership stakes others hold in it: who owns how much of it, when.' },
      },
    ],
  },
  computeCommitment: {
    key: 'computeCommitments',
    plural: 'compute commitments',
    label: 'ComputeCommitment',
    heading: 'Compute commitments',
    description:
      'A commitment to buy computing from a provider: cloud capacity, or chips and systems, for an amount or a capacity over a term. It holds from when it binds (start); announced is when it was made public. When only the day it was announced or reported is known (or it is not yet binding), date is that day. A commitment is not money paid.',
    statuses: {
      values: ['announced', 'active', 'ended', 'cancelled'],
      description:
        'announced: made public, not yet binding (a letter of intent, terms to be agreed); active: contracted, running; ended: ran its term or was ended; cancelled: announced, then called off.',
      neverHeld: ['cancelled'],
    },
    fields: {
      buyer: {
        role: 'BUYER',
        relationship: 'BUYER',
        kinds: ORG,
        required: true,
        seed: 'Who commits to buy. The id of an organization.',
      },
      provider: {
        role: 'PROVIDER',
        relationship: 'PROVIDER',
        kinds: ORG,
        required: true,
        seed: 'Who provides the compute. The id of an organization.',
      },
      products: {
        role: 'PRODUCT',
        relationship: 'CONCERNS',
        kinds: PRODUCT,
        many: true,
        seed: 'The cloud, chips or systems bought, when in the graph. Ids of products.',
      },
      amount: {
        seed: {
          $ref: '#/definitions/money',
          description: 'How much, over the whole term, when disclosed.',
        },
        stored: 'money',
        graphql: { type: 'Money', description: 'Null when undisclosed.' },
      },
      amountBound: {
        seed: {
          type: 'string',
          enum: ['up-to', 'at-least', 'about'],
          description:
            'How the sources bound the amount: up-to (a ceiling, as much as), at-least (a floor, more than), about; leave out when the amount is stated as is.',
        },
        stored: 'string',
        graphql: { type: 'String', description: 'up-to, at-least or about; null when as stated.' },
      },
      undisclosed: {
        seed: {
          type: 'boolean',
          const: true,
          description: 'true when the amount was not disclosed; the capacity may still be.',
        },
        stored: 'boolean',
        graphql: { type: 'Boolean!' },
      },
      capacity: {
        seed: kindText('The capacity bought, as stated: 4.5 GW, one million TPUs.'),
        stored: 'string',
        graphql: { type: 'String' },
      },
      term: {
        seed: kindText(
          'Over what period it runs, as stated: five years from 2027, through April 2026.',
        ),
        stored: 'string',
        graphql: { type: 'String' },
      },
      announced: {
        seed: { $ref: '#/definitions/date', description: 'When it was made public.' },
        stored: 'string',
        graphql: { type: 'PartialDate' },
      },
    },
    connections: [
      {
        name: 'computeCommitmentsMade',
        roles: ['BUYER'],
        on: { organization: 'Commitments it made to buy compute.' },
      },
      {
        name: 'computeCommitmentsReceived',
        roles: ['PROVIDER'],
        on: { organization: 'Commitments others made to buy compute from it.' },
      },
      {
        name: 'computeCommitments',
        roles: ['PRODUCT'],
        on: { product: 'Commitments to buy it.' },
      },
    ],
  },
  exportLicence: {
    key: 'exportLicences',
    plural: 'export licences',
    label: 'ExportLicence',
    heading: 'Export licences',
    description:
      'A licence an authority grants under an export control: who may export which products to which destinations or customers, on what conditions. It holds from when it was granted or took effect (start) until it expired or was revoked (end); when only the grant is known, date is its day.',
    statuses: {
      values: ['announced', 'active', 'ended', 'revoked', 'denied'],
      description:
        'announced: a decision to license made public, licences not yet granted; active: granted, in force; ended: expired or lapsed; revoked: withdrawn by the authority before it expired, wholly or in part; denied: applied for and refused.',
      neverHeld: ['denied'],
    },
    fields: {
      kind: {
        seed: {
          type: 'string',
          enum: ['individual', 'general'],
          description:
            'individual: granted to named exporters for named exports; general: for a class of transactions, such as a temporary general licence.',
        },
        required: true,
        stored: 'string',
        graphql: { type: 'String', description: 'individual or general.' },
      },
      grantedBy: {
        role: 'GRANTOR',
        relationship: 'GRANTED_BY',
        kinds: ORG,
        required: true,
        seed: 'The authority that grants it. The id of an organization.',
      },
      licensees: {
        role: 'LICENSEE',
        relationship: 'LICENSEE',
        kinds: ORG,
        many: true,
        seed: 'Who may export under it. Ids of organizations; leave out when the sources do not name them.',
      },
      products: {
        role: 'PRODUCT',
        relationship: 'CONCERNS',
        kinds: PRODUCT,
        many: true,
        seed: 'The products it lets out. Ids of products.',
      },
      destinations: {
        role: 'DESTINATION',
        relationship: 'DESTINATION',
        kinds: REGION,
        many: true,
        seed: 'Where the goods may go. Ids of regions.',
      },
      customers: {
        role: 'CUSTOMER',
        relationship: 'CUSTOMER',
        kinds: ORG,
        many: true,
        seed: 'Whom the goods may go to, when named. Ids of organizations.',
      },
      policy: {
        role: 'POLICY',
        relationship: 'UNDER_POLICY',
        kinds: POLICY,
        seed: 'The control it is granted under, if in the graph. The id of a policy.',
      },
      conditions: {
        seed: kindText('Its conditions in brief, such as 15% of revenue paid to the government.'),
        stored: 'string',
        graphql: { type: 'String' },
      },
      granted: {
        seed: { $ref: '#/definitions/date', description: 'When it was granted.' },
        stored: 'string',
        graphql: { type: 'PartialDate' },
      },
    },
    connections: [
      {
        name: 'exportLicencesGranted',
        roles: ['GRANTOR'],
        on: { organization: 'Export licences it granted.' },
      },
      {
        name: 'exportLicencesHeld',
        roles: ['LICENSEE'],
        on: { organization: 'Export licences it holds or held, as the exporter.' },
      },
      {
        name: 'exportLicencesAsCustomer',
        roles: ['CUSTOMER'],
        on: { organization: 'Export licences that let goods go to it.' },
      },
      {
        name: 'exportLicences',
        roles: ['DESTINATION'],
        on: { region: 'Export licences that let goods go to the region.' },
      },
      { name: 'exportLicences', roles: ['PRODUCT'], on: { product: 'Export licences for it.' } },
      {
        name: 'exportLicences',
        roles: ['POLICY'],
        on: { policy: 'Export licences granted under it.' },
      },
    ],
  },
} as const satisfies Record<string, FactKindSpec<FactRoleName>>;

export type FactKind = keyof typeof FACT_KINDS;

/**
 * Where a fact's category is read, the first field it has: a partnership's or restriction's
 * kind, a board seat's role, a policy action's action, a patent statistic's field. The API's
 * `kinds` filter and the coverage count both read it here.
 */
export const FACT_CATEGORY_FIELDS = ['kind', 'role', 'action', 'field'] as const;

/** Statuses of facts that never held, of any kind: "as of" queries leave those facts out. */
export const NEVER_HELD_STATUSES: readonly string[] = [
  ...new Set(
    (Object.values(FACT_KINDS) as FactKindSpec[]).flatMap((spec) => spec.statuses.neverHeld),
  ),
];
