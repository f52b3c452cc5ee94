export * from './app.ts';
export * from './auth/identity.ts';
export * from './auth/local-issuer.ts';
export * from './auth/password.ts';
export * from './deps.ts';
