import { writeFileSync } from 'node:fs';
import { apiDocument } from '../src/app.ts';

/**
 * Writes the OpenAPI document of every route to the path given, e.g. beside the accounts function's
 * bundle (infra runs this after bundling it), so that function serves the whole document without
 * carrying every group's routes. `node --import tsx functions/api/scripts/write-openapi-document.ts <file>`
 */
const [out] = process.argv.slice(2);
if (!out) throw new Error('usage: write-openapi-document.ts <output file>');
writeFileSync(out, JSON.stringify(apiDocument()));
