import type { AppEnv } from '@openlicense/http';
import type { Hono } from 'hono';

/**
 * Interactive docs. Swagger UI's files are served with the web app (`/vendor/swagger-ui/`), never
 * from a CDN, so the page works offline and behind CloudFront alike. Its set-up is a script file of
 * its own (`/api/docs/init.js`), not an inline script, so the page passes the site's
 * Content-Security-Policy (`script-src 'self'`); the document's address rides on a data attribute.
 */
const PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>开放许可专利供需平台 API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/vendor/swagger-ui/swagger-ui.css"></head>
<body><div id="docs" data-openapi-url="/api/openapi.json"></div>
<script src="/vendor/swagger-ui/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body></html>`;

// No validator badge: it would load an image from validator.swagger.io, outside the policy and the site.
// Tags start folded (docExpansion 'none'): with every tag open, Swagger UI 5.35 stopped after the first
// three of the 27 once the document passed ~125 operations; folded, every tag is listed and opens on a click.
const INIT = `window.ui = SwaggerUIBundle({
  url: document.getElementById('docs').dataset.openapiUrl,
  dom_id: '#docs',
  docExpansion: 'none',
  persistAuthorization: true,
  validatorUrl: null,
});
`;

export const docsRoutes = (app: Hono<AppEnv>) =>
  app
    .get('/docs', (c) => c.html(PAGE))
    .get('/docs/init.js', (c) => c.body(INIT, 200, { 'content-type': 'text/javascript; charset=utf-8' }));
