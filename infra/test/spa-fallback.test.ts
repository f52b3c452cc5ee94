import { describe, expect, it } from 'vitest';
import { REWRITE_CLIENT_ROUTES } from '../lib/constructs/spa-fallback.ts';

interface ViewerRequest {
  uri: string;
}
type CloudFrontFunction = (event: { request: ViewerRequest }) => ViewerRequest;

// CloudFront Functions are plain JavaScript with a global `handler`; evaluate the exact deployed source.
const handler = new Function(`${REWRITE_CLIENT_ROUTES}; return handler;`)() as CloudFrontFunction;
const rewrite = (uri: string): string => handler({ request: { uri } }).uri;

describe('SPA fallback function', () => {
  it.each(['/', '/listings', '/listings/01J9Z3K8X7', '/zh-CN/needs/new'])(
    'serves the app shell for %s',
    (uri) => {
      // Act + Assess
      expect(rewrite(uri)).toBe('/index.html');
    },
  );

  it.each(['/index.html', '/assets/app-3f2a.js', '/favicon.ico', '/locales/zh-CN.json'])(
    'leaves the file %s alone',
    (uri) => {
      // Act + Assess
      expect(rewrite(uri)).toBe(uri);
    },
  );
});
