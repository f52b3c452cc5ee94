import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { type Role, type User, UserSchema } from '@openlicense/domain';
import * as z from 'zod/mini';
import { failedConditionIndex } from '../dynamo/transaction-error.ts';
import { StoreConflictError } from '../errors.ts';
import { keys, stripStorage } from '../keys.ts';
import { membershipUpdate } from '../orgs/membership-update.ts';
import type { StoreContext } from '../store-context.ts';
import { INDEX } from '../table-definitions.ts';

const LoginSchema = z.object({ userId: z.string(), passwordHash: z.string() });
export type Login = z.infer<typeof LoginSchema>;

const userItem = (user: User) => ({
  ...keys.user(user.id),
  ...(user.orgId ? keys.userByOrg(user.orgId, user.email) : {}),
  entity: 'User',
  ...user,
});

export function createUserRepository(ctx: StoreContext) {
  const { doc, tableName } = ctx;

  return {
    async get(userId: string): Promise<User | undefined> {
      const { Item } = await doc.send(new GetCommand({ TableName: tableName, Key: keys.user(userId) }));
      return Item ? UserSchema.parse(stripStorage(Item)) : undefined;
    },

    /** Records a user known to the identity provider (Cognito) on first sight; never overwrites. */
    async ensure(user: User): Promise<User> {
      try {
        await doc.send(
          new PutCommand({
            TableName: tableName,
            Item: userItem(user),
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
        return user;
      } catch (error) {
        const existing = await this.get(user.id);
        if (existing) return existing;
        throw error;
      }
    },

    /** A local account: the profile and its email login, created together; an email signs up once. */
    async createWithLogin(user: User, passwordHash: string): Promise<void> {
      try {
        await doc.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Put: {
                  TableName: tableName,
                  Item: { ...keys.login(user.email), entity: 'Login', userId: user.id, passwordHash },
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
              {
                Put: {
                  TableName: tableName,
                  Item: userItem(user),
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
            ],
          }),
        );
      } catch (error) {
        if (failedConditionIndex(error) === 0) throw new StoreConflictError('email_taken');
        throw error;
      }
    },

    /** Adds an existing user to an organisation; a user belongs to one organisation only. */
    async join(user: User, orgId: string, role: Role): Promise<void> {
      try {
        await doc.send(
          new UpdateCommand(membershipUpdate(tableName, { userId: user.id, email: user.email, role }, orgId)),
        );
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException)
          throw new StoreConflictError('already_member', { who: 'user' });
        throw error;
      }
    },

    async findLogin(email: string): Promise<Login | undefined> {
      const { Item } = await doc.send(new GetCommand({ TableName: tableName, Key: keys.login(email) }));
      return Item ? LoginSchema.parse(stripStorage(Item)) : undefined;
    },

    async listByOrg(orgId: string): Promise<User[]> {
      const result = await doc.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: INDEX.usersByOrg,
          KeyConditionExpression: 'usersByOrgPk = :pk',
          ExpressionAttributeValues: { ':pk': keys.userByOrg(orgId, '').usersByOrgPk },
        }),
      );
      return (result.Items ?? []).map((item) => UserSchema.parse(stripStorage(item)));
    },
  };
}
export type UserRepository = ReturnType<typeof createUserRepository>;
