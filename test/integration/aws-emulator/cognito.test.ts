import { randomBytes } from 'node:crypto';
import {
  AdminConfirmSignUpCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { Catalogue, memorySnapshotStore } from '@openlicense/app';
import type { Org } from '@openlicense/domain';
import { createRoutedApi } from '@openlicense/fn-api';
import type { ApiDeps } from '@openlicense/http';
import { createCognitoIdentitySync, createCognitoVerifier } from '@openlicense/http/cognito';
import { ulid } from 'ulidx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MotoServer, motoMissing, workerMotoServer } from '../../support/moto-server.ts';
import { randomUscc } from '../../support/test-api.ts';
import { createTestTable, type TestTable } from '../../support/test-table.ts';

/**
 * Cognito against moto's: the user pool and web client as `infra/lib/constructs/marketplace-user-pool.ts`
 * configures them, users who sign up and sign in through the emulator, their ID tokens checked by the API's
 * own verifier (aws-jwt-verify) against the emulator's JWKS, and the membership an application creates
 * mirrored back into the pool (custom:orgId, the role group) by the production identity sync. Only the
 * endpoints differ from AWS.
 */
const missing = motoMissing();

const PASSWORD = 'Openlicense#2026';

describe.skipIf(missing)('Cognito against the emulator (moto)', () => {
  let moto: MotoServer;
  let table: TestTable;
  let cognito: CognitoIdentityProviderClient;
  let userPoolId: string;
  let clientId: string;
  let api: ReturnType<typeof createRoutedApi>;

  beforeAll(async () => {
    [moto, table] = await Promise.all([workerMotoServer(), createTestTable()]);
    cognito = new CognitoIdentityProviderClient(moto.clientConfig);
    // The pool as MarketplaceUserPool makes it: e-mail sign-in, custom:orgId, the password policy, optional TOTP.
    const pool = await cognito.send(
      new CreateUserPoolCommand({
        PoolName: 'openlicense-users',
        UsernameAttributes: ['email'],
        UsernameConfiguration: { CaseSensitive: false },
        AutoVerifiedAttributes: ['email'],
        Schema: [
          { Name: 'email', AttributeDataType: 'String', Required: true, Mutable: true },
          {
            Name: 'orgId',
            AttributeDataType: 'String',
            Mutable: true,
            StringAttributeConstraints: { MinLength: '1', MaxLength: '64' },
          },
        ],
        Policies: {
          PasswordPolicy: {
            MinimumLength: 12,
            RequireLowercase: true,
            RequireUppercase: true,
            RequireNumbers: true,
            RequireSymbols: true,
            TemporaryPasswordValidityDays: 3,
          },
        },
        MfaConfiguration: 'OPTIONAL',
        AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
        DeletionProtection: 'ACTIVE',
      }),
    );
    userPoolId = pool.UserPool?.Id ?? '';
    // Roles are groups; the lower precedence wins.
    await cognito.send(new CreateGroupCommand({ UserPoolId: userPoolId, GroupName: 'admin', Precedence: 0 }));
    await cognito.send(
      new CreateGroupCommand({ UserPoolId: userPoolId, GroupName: 'member', Precedence: 10 }),
    );
    // The web client: no secret, SRP sign-in, reads custom:orgId but cannot write it.
    const client = await cognito.send(
      new CreateUserPoolClientCommand({
        UserPoolId: userPoolId,
        ClientName: 'web',
        GenerateSecret: false,
        ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
        PreventUserExistenceErrors: 'ENABLED',
        EnableTokenRevocation: true,
        ReadAttributes: ['email', 'email_verified', 'custom:orgId'],
        WriteAttributes: ['email'],
        IdTokenValidity: 60,
        AccessTokenValidity: 60,
        RefreshTokenValidity: 30,
        TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'minutes', RefreshToken: 'days' },
      }),
    );
    clientId = client.UserPoolClient?.ClientId ?? '';

    // The API as awsFunctionDeps wires it, but with the emulator's endpoint and JWKS.
    const deps: ApiDeps = {
      store: table.store,
      verifier: createCognitoVerifier(userPoolId, clientId, {
        jwksUri: `${moto.endpoint}/${userPoolId}/.well-known/jwks.json`,
      }),
      identitySync: createCognitoIdentitySync(userPoolId, moto.clientConfig),
      now: () => new Date(),
      newId: () => ulid(),
      catalogue: new Catalogue({
        declarations: table.store.declarations,
        snapshots: memorySnapshotStore(),
        now: () => new Date(),
        log: () => {},
      }),
    };
    api = createRoutedApi(deps);
  });

  afterAll(async () => {
    cognito?.destroy();
  });

  /** A user who signed up with `email` and was confirmed; their `sub`. */
  async function signUp(email: string): Promise<string> {
    const signed = await cognito.send(
      new SignUpCommand({
        ClientId: clientId,
        Username: email,
        Password: PASSWORD,
        UserAttributes: [{ Name: 'email', Value: email }],
      }),
    );
    await cognito.send(new AdminConfirmSignUpCommand({ UserPoolId: userPoolId, Username: email }));
    return signed.UserSub ?? '';
  }

  /**
   * An ID token from the web client's flow (USER_SRP_AUTH, then the PASSWORD_VERIFIER challenge). moto runs
   * the flow but does not check the SRP arithmetic, so the proof here is a stand-in of the right shape.
   */
  async function signIn(email: string): Promise<string> {
    const started = await cognito.send(
      new InitiateAuthCommand({
        ClientId: clientId,
        AuthFlow: 'USER_SRP_AUTH',
        AuthParameters: { USERNAME: email, SRP_A: randomBytes(384).toString('hex') },
      }),
    );
    expect(started.ChallengeName).toBe('PASSWORD_VERIFIER');
    const answered = await cognito.send(
      new RespondToAuthChallengeCommand({
        ClientId: clientId,
        ChallengeName: 'PASSWORD_VERIFIER',
        Session: started.Session,
        ChallengeResponses: {
          USERNAME: started.ChallengeParameters?.USER_ID_FOR_SRP ?? email,
          PASSWORD_CLAIM_SECRET_BLOCK: started.ChallengeParameters?.SECRET_BLOCK ?? '',
          PASSWORD_CLAIM_SIGNATURE: randomBytes(32).toString('base64'),
          TIMESTAMP: new Date().toUTCString(),
        },
      }),
    );
    const token = answered.AuthenticationResult?.IdToken;
    if (!token) throw new Error(`no ID token for ${email}: ${JSON.stringify(answered)}`);
    return token;
  }

  const call = (path: string, token: string, init: { method?: string; json?: unknown } = {}) => {
    const headers = new Headers({ authorization: `Bearer ${token}` });
    if (init.json !== undefined) headers.set('content-type', 'application/json');
    return api.appFor(path).request(path, {
      method: init.method ?? 'GET',
      headers,
      ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : {}),
    });
  };

  /** The Changsha IP office (region 4301xx) with `sub` as its admin, as the back office sets it up. */
  async function officeWithAdmin(sub: string, email: string): Promise<Org> {
    const at = new Date().toISOString();
    const office: Org = {
      id: ulid(),
      name: `长沙市知识产权局${ulid().slice(-6)}`,
      uscc: randomUscc(),
      type: 'ip_office',
      regionCode: '430100',
      contact: { name: '审核员', phone: '073188880000', email },
      status: 'approved',
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    await table.store.users.ensure({ id: sub, email, name: '审核员', createdAt: at });
    await table.store.orgs.create(
      office,
      { userId: sub, email, role: 'admin' },
      {
        id: ulid(),
        orgId: office.id,
        at,
        actorId: sub,
        action: 'org.applied',
        summary: 'test',
      },
    );
    return office;
  }

  it('signs a user in through the emulator and the API accepts the ID token (aws-jwt-verify, the JWKS of the pool)', async () => {
    // Prepare
    const email = `reader-${ulid().toLowerCase()}@test.openlicense.cn`;
    const sub = await signUp(email);

    // Act
    const me = await call('/api/me', await signIn(email));

    // Assess
    expect(me.status).toBe(200);
    const body = (await me.json()) as { user: { id: string; email: string } };
    expect(body.user).toMatchObject({ id: sub, email });
  });

  it('refuses with 401 a token with an altered claim, and one issued to another client of the pool', async () => {
    // Prepare
    const email = `forger-${ulid().toLowerCase()}@test.openlicense.cn`;
    await signUp(email);
    const token = await signIn(email);
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
    const forged = [
      header,
      Buffer.from(JSON.stringify({ ...claims, 'custom:orgId': 'ANY' })).toString('base64url'),
      signature,
    ].join('.');
    const other = await cognito.send(
      new CreateUserPoolClientCommand({ UserPoolId: userPoolId, ClientName: 'other', GenerateSecret: false }),
    );
    const foreign = await cognito.send(
      new InitiateAuthCommand({
        ClientId: other.UserPoolClient?.ClientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: email, PASSWORD },
      }),
    );

    // Act
    const [altered, elsewhere] = await Promise.all([
      call('/api/me', forged),
      call('/api/me', foreign.AuthenticationResult?.IdToken ?? ''),
    ]);

    // Assess
    expect([altered.status, elsewhere.status]).toEqual([401, 401]);
    expect(((await altered.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
  });

  it('mirrors an application into the pool (custom:orgId, the admin group), and the next token carries it through approval', async () => {
    // Prepare: an applicant and the IP office's reviewer, both signed up in the pool
    const applicantEmail = `applicant-${ulid().toLowerCase()}@test.openlicense.cn`;
    const reviewerEmail = `reviewer-${ulid().toLowerCase()}@test.openlicense.cn`;
    const [applicantSub, reviewerSub] = await Promise.all([signUp(applicantEmail), signUp(reviewerEmail)]);
    await officeWithAdmin(reviewerSub, reviewerEmail);

    // Act: apply (the membership is synced to Cognito), then the office approves
    const applied = await call('/api/orgs', await signIn(applicantEmail), {
      method: 'POST',
      json: {
        name: '长沙云麓智能装备有限公司',
        uscc: randomUscc(),
        type: 'enterprise',
        regionCode: '430104',
        contact: { name: '李明', phone: '13974100000', email: 'liming@test.openlicense.cn' },
      },
    });
    expect(applied.status).toBe(201);
    const org = (await applied.json()) as { id: string; status: string };
    const approved = await call(`/api/orgs/${org.id}/approve`, await signIn(reviewerEmail), {
      method: 'POST',
    });

    // Assess: the pool holds the membership
    expect(approved.status).toBe(200);
    const user = await cognito.send(
      new AdminGetUserCommand({ UserPoolId: userPoolId, Username: applicantSub }),
    );
    expect(user.UserAttributes?.find((a) => a.Name === 'custom:orgId')?.Value).toBe(org.id);
    const groups = await cognito.send(
      new AdminListGroupsForUserCommand({ UserPoolId: userPoolId, Username: applicantSub }),
    );
    expect(groups.Groups?.map((g) => g.GroupName)).toEqual(['admin']);
    // …and the applicant's next token carries it, read by the API's verifier
    const verifier = createCognitoVerifier(userPoolId, clientId, {
      jwksUri: `${moto.endpoint}/${userPoolId}/.well-known/jwks.json`,
    });
    const claims = await verifier.verify(await signIn(applicantEmail));
    expect(claims).toMatchObject({
      sub: applicantSub,
      email: applicantEmail,
      orgId: org.id,
      groups: ['admin'],
    });
    const me = await call('/api/me', await signIn(applicantEmail));
    expect(await me.json()).toMatchObject({ organisation: { id: org.id, status: 'approved' } });
  });
});
