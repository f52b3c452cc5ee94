import { awsDeps } from '@openlicense/http/aws';
import { handle } from 'hono/aws-lambda';
import { createSpreadsheetApp } from './src/app.ts';

export const handler = handle(createSpreadsheetApp(awsDeps()));
