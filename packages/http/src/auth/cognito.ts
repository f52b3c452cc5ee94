/**
 * The Cognito adapters (`@openlicense/http/cognito`): ID-token verification and the membership mirror. A
 * subpath of their own, so the package root loads neither aws-jwt-verify nor the Cognito SDK.
 */
export * from './cognito-identity-sync.ts';
export * from './cognito-verifier.ts';
