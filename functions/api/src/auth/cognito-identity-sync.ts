import {
  AdminAddUserToGroupCommand,
  AdminUpdateUserAttributesCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import type { IdentitySync } from './identity.ts';

/** Mirrors a membership into Cognito (group = role, `custom:orgId`), so fresh tokens carry it. */
export function createCognitoIdentitySync(
  userPoolId: string,
  client = new CognitoIdentityProviderClient({}),
): IdentitySync {
  return {
    async membershipChanged(userId, orgId, role) {
      await client.send(
        new AdminUpdateUserAttributesCommand({
          UserPoolId: userPoolId,
          Username: userId,
          UserAttributes: [{ Name: 'custom:orgId', Value: orgId }],
        }),
      );
      await client.send(
        new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: userId, GroupName: role }),
      );
    },
  };
}
