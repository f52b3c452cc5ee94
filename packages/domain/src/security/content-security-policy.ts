/**
 * The one Content-Security-Policy of the site, the API and the API docs: sent by the local server
 * (Hono's secure-headers) and by CloudFront in AWS (its response-headers policy), so both places
 * enforce the same rules. Everything is served from the site's own origin: no inline script or
 * style element (the docs page loads its Swagger UI set-up as a file), no eval, no framing.
 * `data:` images are the inline icons of Swagger UI's stylesheet and the page's empty favicon.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
} as const satisfies Record<string, readonly string[]>;

/** `defaultSrc` → `default-src`, as the header spells directives. */
const directiveName = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The policy as a header value: `default-src 'self'; script-src 'self'; …`. */
export function contentSecurityPolicyHeader(
  policy: Readonly<Record<string, readonly string[]>> = CONTENT_SECURITY_POLICY,
): string {
  return Object.entries(policy)
    .map(([key, sources]) => `${directiveName(key)} ${sources.join(' ')}`)
    .join('; ');
}

/** The other response headers both places send with it. */
export const SECURITY_HEADERS = {
  referrerPolicy: 'no-referrer',
  frameOptions: 'DENY',
  /** Seconds: two years, with subdomains (HTTPS only; browsers ignore it over plain http). */
  strictTransportSecurityMaxAge: 63_072_000,
} as const;
