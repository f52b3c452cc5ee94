/**
 * The header CloudFront adds to every request it forwards to the API (a custom origin header whose value
 * is a generated Secrets Manager secret). CloudFront replaces a viewer's header of the same name, so only
 * CloudFront can send the right value. Shared by the API's edge and the CDK app.
 */
export const ORIGIN_VERIFY_HEADER = 'x-origin-verify';
