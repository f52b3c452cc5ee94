import { awsDeps } from '@openlicense/http/aws';
import { handle } from 'hono/aws-lambda';
import { createDealingApp } from './src/groups/dealing.ts';

export const handler = handle(createDealingApp(awsDeps()));
