import type { Hono } from 'hono';
import type { AppEnv } from '../env.ts';

/**
 * Interactive docs. Swagger UI's files are served with the web app (`/vendor/swagger-ui/`), never
 * from a CDN, so the page works offline and behind CloudFront alike.
 */
const PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>开放许可专利供需平台 API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/vendor/swagger-ui/swagger-ui.css"></head>
<body><div id="docs"></div>
<script src="/vendor/swagger-ui/swagger-ui-bundle.js"></script>
<script>window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#docs', persistAuthorization: true });</script>
</body></html>`;

export const docsRoutes = (app: Hono<AppEnv>) => app.get('/docs', (c) => c.html(PAGE));
