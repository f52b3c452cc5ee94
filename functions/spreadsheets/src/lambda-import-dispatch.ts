import type { ImportDispatch, ImportJobRef } from '@openlicense/app';

/** The event an import job's asynchronous invocation carries; anything else is an HTTP request. */
export interface ImportJobEvent {
  importJob: ImportJobRef;
}

export const isImportJobEvent = (event: unknown): event is ImportJobEvent => {
  const job = (event as { importJob?: Partial<ImportJobRef> } | null)?.importJob;
  return typeof job?.jobId === 'string' && typeof job.orgId === 'string';
};

/** The part of `@aws-sdk/client-lambda` used here (the runtime ships it; see `lambdaImportDispatch`). */
export interface LambdaInvoker {
  invokeAsync(functionName: string, payload: Uint8Array): Promise<void>;
}

/**
 * Starts a job by invoking this same function asynchronously (`InvocationType: Event`): the request that
 * queued it answers at once, and the job runs within the function's own timeout, not the gateway's 30 s.
 * `functionName` is the running function's (`AWS_LAMBDA_FUNCTION_NAME`, set by Lambda).
 */
export function lambdaImportDispatch(functionName: () => string, invoker: LambdaInvoker): ImportDispatch {
  return {
    async start(job) {
      const event: ImportJobEvent = { importJob: { jobId: job.jobId, orgId: job.orgId } };
      await invoker.invokeAsync(functionName(), new TextEncoder().encode(JSON.stringify(event)));
    },
  };
}

type LambdaModule = {
  LambdaClient: new (config: object) => { send(command: unknown): Promise<{ StatusCode?: number }> };
  InvokeCommand: new (input: {
    FunctionName: string;
    InvocationType: 'Event';
    Payload: Uint8Array;
  }) => unknown;
};

/**
 * The Lambda runtime's SDK client, loaded on first use. The package is not a dependency of this repository:
 * the Node.js runtime ships the v3 SDK and bundling leaves `@aws-sdk/*` out (`BUNDLE_EXTERNALS`), so the
 * name is resolved at run time only.
 */
export function runtimeLambdaInvoker(): LambdaInvoker {
  const name = '@aws-sdk/client-lambda';
  let loaded: Promise<{ sdk: LambdaModule; client: InstanceType<LambdaModule['LambdaClient']> }> | undefined;
  return {
    async invokeAsync(functionName, payload) {
      loaded ??= (import(/* @vite-ignore */ name) as Promise<LambdaModule>).then((sdk) => ({
        sdk,
        client: new sdk.LambdaClient({}),
      }));
      const { sdk, client } = await loaded;
      const answer = await client.send(
        new sdk.InvokeCommand({ FunctionName: functionName, InvocationType: 'Event', Payload: payload }),
      );
      if (answer.StatusCode !== 202)
        throw new Error(`the import job's invocation was not accepted (status ${answer.StatusCode})`);
    },
  };
}
