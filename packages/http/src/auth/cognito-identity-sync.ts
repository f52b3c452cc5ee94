import type { CognitoIdentityProviderClientConfig } from '@aws-sdk/client-cognito-identity-provider';
import type { IdentitySync } from '@openlicense/app';

type CognitoSdk = typeof import('@aws-sdk/client-cognito-identity-provider');
type Loaded = { sdk: CognitoSdk; client: InstanceType<CognitoSdk['CognitoIdentityProviderClient']> };

/**
 * Mirrors a membership into Cognito (group = role, `custom:orgId`), so fresh tokens carry it. The
 * Cognito SDK is loaded on first use: memberships change rarely, and loading it at init added
 * ~40 ms to every cold start of the API (bench/cold-start). `clientConfig` is for tests against an emulator
 * (its endpoint and credentials); deployed, the SDK's defaults apply.
 */
export function createCognitoIdentitySync(
  userPoolId: string,
  clientConfig: CognitoIdentityProviderClientConfig = {},
): IdentitySync {
  let loaded: Promise<Loaded> | undefined;
  const load = () =>
    (loaded ??= import('@aws-sdk/client-cognito-identity-provider').then((sdk) => ({
      sdk,
      client: new sdk.CognitoIdentityProviderClient(clientConfig),
    })));
  return {
    async membershipChanged(userId, orgId, role) {
      const { sdk, client } = await load();
      await client.send(
        new sdk.AdminUpdateUserAttributesCommand({
          UserPoolId: userPoolId,
          Username: userId,
          UserAttributes: [{ Name: 'custom:orgId', Value: orgId }],
        }),
      );
      await client.send(
        new sdk.AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: userId, GroupName: role }),
      );
    },
  };
}
