// The floor every function pays: Hono's Lambda adapter and nothing else. The functions' init time is
// judged against this bundle, built and measured in the same run on the same machine.
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';

export const handler = handle(new Hono().get('/', (c) => c.text('ok')));
