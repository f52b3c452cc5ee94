import type { SESv2ClientConfig } from '@aws-sdk/client-sesv2';
import { type Mailer, toRfc5322 } from './mailer.ts';
import { envelopeAddress } from './smtp-mailer.ts';

type SesModule = typeof import('@aws-sdk/client-sesv2');

/**
 * Sends through Amazon SES (v2 API) as a raw MIME message, so the headers (List-Unsubscribe) go out as
 * composed. The SDK ships with the Lambda runtime and is loaded on the first email. `clientConfig` is for
 * tests against an emulator (its endpoint and credentials); deployed, the SDK's defaults apply.
 */
export function sesMailer(
  options: { configurationSetName?: string; clientConfig?: SESv2ClientConfig } = {},
): Mailer {
  let loaded: Promise<{ sdk: SesModule; client: InstanceType<SesModule['SESv2Client']> }> | undefined;
  const ses = () => {
    loaded ??= import('@aws-sdk/client-sesv2').then((sdk) => ({
      sdk,
      client: new sdk.SESv2Client(options.clientConfig ?? {}),
    }));
    return loaded;
  };
  return {
    async send(message) {
      const { sdk, client } = await ses();
      await client.send(
        new sdk.SendEmailCommand({
          // Bare addresses: SES takes a display name here only MIME-encoded, and ours (中文) travel in the raw
          // message's own From and To headers anyway.
          FromEmailAddress: envelopeAddress(message.from),
          Destination: { ToAddresses: [envelopeAddress(message.to)] },
          Content: { Raw: { Data: new TextEncoder().encode(toRfc5322(message)) } },
          ...(options.configurationSetName ? { ConfigurationSetName: options.configurationSetName } : {}),
        }),
      );
    },
  };
}
