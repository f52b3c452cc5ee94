export * from './content-security-policy.ts';
