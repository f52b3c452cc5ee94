export * from './password-rules.ts';
export * from './user.ts';
