/**
 * The server's message for a form field: its own path, or the first one below it, so a control for a
 * whole list or group (`patentees`, `legal.pledge`) shows `patentees.1.name` or `legal.pledge.pledgee`.
 */
export function errorAt(errors: Readonly<Record<string, string>>, field: string): string | undefined {
  if (errors[field] !== undefined) return errors[field];
  const prefix = `${field}.`;
  const key = Object.keys(errors).find((path) => path.startsWith(prefix));
  return key === undefined ? undefined : errors[key];
}
