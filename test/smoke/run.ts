/**
 * `npm run smoke -- --url <site> --email <test account> --password <its password>`: checks a running
 * site (a deployed stack or `npm start`) as a first visitor and a signed-in organisation would reach it —
 * health, the public catalogue and its search, the API docs, sign-in and one read of the account's
 * quotas — printing each step with ✓/✗ and its time, and exits 1 when a step fails (2 on a usage error).
 *
 * Flags or environment: --url SMOKE_URL, --email SMOKE_EMAIL, --password SMOKE_PASSWORD, --token
 * SMOKE_TOKEN (a Cognito ID token, for a deployed stack, which has no local sign-in), --query (the
 * search's keywords, default 电池), --timeout (ms per request, default 15000).
 */
import { parseArgs } from 'node:util';
import { formatSmokeResult, runSmoke } from './smoke-steps.ts';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: process.env.SMOKE_URL },
    email: { type: 'string', default: process.env.SMOKE_EMAIL },
    password: { type: 'string', default: process.env.SMOKE_PASSWORD },
    token: { type: 'string', default: process.env.SMOKE_TOKEN },
    query: { type: 'string', default: '电池' },
    timeout: { type: 'string', default: '15000' },
  },
});

if (!values.url || !/^https?:\/\//.test(values.url)) {
  console.error(
    'usage: npm run smoke -- --url <https://site> --email <e-mail> --password <password> [--token <ID token>]',
  );
  process.exit(2);
}

console.log(`smoke test of ${values.url}`);
const started = performance.now();
const results = await runSmoke(
  {
    url: values.url,
    email: values.email,
    password: values.password,
    token: values.token,
    query: values.query ?? '电池',
    timeoutMs: Number(values.timeout) || 15_000,
  },
  (result) => console.log(formatSmokeResult(result)),
);
const failed = results.filter((r) => !r.ok);
const total = `${Math.round(performance.now() - started)} ms`;
if (failed.length === 0) {
  console.log(`smoke passed: ${results.length} of ${results.length} steps in ${total}`);
} else {
  console.log(
    `smoke FAILED: ${failed.map((r) => r.step).join(', ')} (${results.length - failed.length} of ${results.length} steps passed in ${total})`,
  );
  process.exitCode = 1;
}
