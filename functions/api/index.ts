import { awsDeps } from '@openlicense/http/aws';
import { handle } from 'hono/aws-lambda';
import { createApp } from './src/app.ts';

export const handler = handle(createApp(awsDeps()));
