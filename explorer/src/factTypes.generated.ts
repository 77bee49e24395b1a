/* Generated from src/model/ by npm run codegen:model; do not edit. */

/** Each fact type's group heading and its name for one fact, in the order cards show them. */
export const FACT_TYPES: Record<string, [heading: string, one: string]> = {
  Partnership: ["Partnerships", "partnership"],
  Investment: ["Investments", "investment"],
  BoardSeat: ["Board seats", "board seat"],
  Role: ["Roles", "role"],
  Restriction: ["Restrictions", "restriction"],
  Availability: ["Availability", "availability"],
  PatentStatistic: ["Patent statistics", "patent statistic"],
  PolicyAction: ["Policy actions", "policy action"],
  Acquisition: ["Acquisitions", "acquisition"],
  OwnershipStake: ["Ownership stakes", "ownership stake"],
  ComputeCommitment: ["Compute commitments", "compute commitment"],
  ExportLicence: ["Export licences", "export licence"],
};
