import type { Role } from '@openlicense/domain';
import { keys } from '../keys.ts';

/**
 * The conditional update that puts a user into an organisation. Shared by joining and by applying
 * (where it runs inside the application's transaction): a user belongs to one organisation only.
 */
export function membershipUpdate(
  tableName: string,
  member: { userId: string; email: string; role: Role },
  orgId: string,
) {
  const byOrg = keys.userByOrg(orgId, member.email);
  return {
    TableName: tableName,
    Key: keys.user(member.userId),
    UpdateExpression: 'SET orgId = :org, #role = :role, usersByOrgPk = :gpk, usersByOrgSk = :gsk',
    ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(orgId)',
    ExpressionAttributeNames: { '#role': 'role' },
    ExpressionAttributeValues: {
      ':org': orgId,
      ':role': member.role,
      ':gpk': byOrg.usersByOrgPk,
      ':gsk': byOrg.usersByOrgSk,
    },
  };
}
