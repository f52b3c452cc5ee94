import { awsDeps } from '@openlicense/http/aws';
import { handle } from 'hono/aws-lambda';
import { createDemandApp } from './src/groups/demand.ts';

export const handler = handle(createDemandApp(awsDeps()));
