import { awsCatalogue, awsFunctionDeps, awsStore } from '@openlicense/http/aws';
import { handle } from 'hono/aws-lambda';
import { createCatalogueApp } from './src/groups/catalogue.ts';
import { createCatalogueStore } from './src/groups/catalogue-store.ts';

// Only this function serves the public listings, so only it builds the catalogue (and its S3 snapshot reader).
const store = awsStore(process.env, createCatalogueStore);
export const handler = handle(
  createCatalogueApp(awsFunctionDeps('catalogue', { store, catalogue: awsCatalogue(store) })),
);
