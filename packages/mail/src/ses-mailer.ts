import { type Mailer, toRfc5322 } from './mailer.ts';

type SesModule = typeof import('@aws-sdk/client-sesv2');

/**
 * Sends through Amazon SES (v2 API) as a raw MIME message, so the headers (List-Unsubscribe) go out as
 * composed. The SDK ships with the Lambda runtime and is loaded on the first email.
 */
export function sesMailer(options: { configurationSetName?: string } = {}): Mailer {
  let loaded: Promise<{ sdk: SesModule; client: InstanceType<SesModule['SESv2Client']> }> | undefined;
  const ses = () => {
    loaded ??= import('@aws-sdk/client-sesv2').then((sdk) => ({ sdk, client: new sdk.SESv2Client({}) }));
    return loaded;
  };
  return {
    async send(message) {
      const { sdk, client } = await ses();
      await client.send(
        new sdk.SendEmailCommand({
          FromEmailAddress: message.from,
          Destination: { ToAddresses: [message.to] },
          Content: { Raw: { Data: new TextEncoder().encode(toRfc5322(message)) } },
          ...(options.configurationSetName ? { ConfigurationSetName: options.configurationSetName } : {}),
        }),
      );
    },
  };
}
