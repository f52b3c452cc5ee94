/** Fails the cold start at once, naming the variable, when the table is not configured. */
export function requireTableName(env: NodeJS.ProcessEnv = process.env): string {
  const name = env.TABLE_NAME;
  if (!name) throw new Error('Missing environment variable TABLE_NAME');
  return name;
}
