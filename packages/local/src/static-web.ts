import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { securityHeaders } from '@openlicense/http';
import type { Hono } from 'hono';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const WEB_DIST = join(repoRoot, 'web/dist');

/**
 * Serves the built web app at `/` (as CloudFront does in AWS), with the single-page fallback to
 * index.html for client-side routes, and the site's security headers on every answer. Paths are
 * relative to the working directory, as serveStatic needs.
 */
// biome-ignore lint/suspicious/noExplicitAny: mounts onto an app of any env
export function mountWeb(app: Hono<any>, webDist = WEB_DIST) {
  const root = relative(process.cwd(), webDist) || '.';
  // The same headers and Content-Security-Policy as the API's (and CloudFront's in AWS).
  app.use('/*', securityHeaders());
  app.use('/*', serveStatic({ root }));
  app.get('/*', async (c, next) => {
    // Only client-side routes fall back to the app; a missing file (it has an extension) is a 404.
    if (c.req.path.startsWith('/api/') || /\.[a-z0-9]+$/i.test(c.req.path)) return next();
    const index = join(webDist, 'index.html');
    if (!existsSync(index))
      return c.text('Web app not built: run `npm run build:web` (npm start does this for you).', 503);
    const response = await serveStatic({ path: relative(process.cwd(), index) })(c, next);
    return response ?? c.notFound();
  });
}
