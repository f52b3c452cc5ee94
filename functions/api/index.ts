import { handle } from 'hono/aws-lambda';
import { createApp } from './src/app.ts';
import { awsDeps } from './src/aws-deps.ts';

export const handler = handle(createApp(awsDeps()));
