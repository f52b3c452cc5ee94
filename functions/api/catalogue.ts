import { awsDeps } from '@openlicense/http/aws';
import { handle } from 'hono/aws-lambda';
import { createCatalogueApp } from './src/groups/catalogue.ts';

export const handler = handle(createCatalogueApp(awsDeps()));
