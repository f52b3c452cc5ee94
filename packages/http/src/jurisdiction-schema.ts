/** Moved to the API contract (`@openlicense/contract`), which the web’s wire types are inferred from. */
export { JurisdictionSchema } from '@openlicense/contract/orgs';
