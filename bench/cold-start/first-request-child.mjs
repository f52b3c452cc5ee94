// Runs in a fresh Node process per sample (plain JavaScript, under bare `node`, like init-child.mjs):
// imports the bundle (its init), then hands its `handler` one API Gateway (HTTP API, payload 2.0) request
// for the path given, as the Lambda runtime would for the first invocation. Prints wall and CPU time of
// both; CPU time (the process's user + system) moves much less than wall time when the machine is busy.
import { pathToFileURL } from 'node:url';

const [bundlePath, path, originSecret] = process.argv.slice(2);

const cpuMs = (since) => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
};

let cpu = process.cpuUsage();
let start = performance.now();
const mod = await import(pathToFileURL(bundlePath).href);
const init = { ms: performance.now() - start, cpuMs: cpuMs(cpu) };

const event = {
  version: '2.0',
  routeKey: '$default',
  rawPath: path,
  rawQueryString: '',
  headers: { host: 'bench.invalid', 'x-origin-verify': originSecret },
  requestContext: {
    http: { method: 'GET', path, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'cold-start-bench' },
    requestId: 'bench-request',
    stage: '$default',
    domainName: 'bench.invalid',
    timeEpoch: Date.now(),
  },
  isBase64Encoded: false,
};
const context = {
  awsRequestId: 'bench-request',
  functionName: 'bench',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws-cn:lambda:cn-north-1:000000000000:function:bench',
  memoryLimitInMB: '1024',
  getRemainingTimeInMillis: () => 10_000,
};

cpu = process.cpuUsage();
start = performance.now();
const response = await mod.handler(event, context);
const first = { ms: performance.now() - start, cpuMs: cpuMs(cpu), status: response?.statusCode };

// Marked line: the function logs to stdout while it serves.
console.log(`FIRST_REQUEST_RESULT ${JSON.stringify({ init, first })}`);
process.exit(0);
