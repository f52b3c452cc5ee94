import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';

/**
 * Cognito groups are the roles a user holds in their organisation (`ROLES` in @openlicense/domain);
 * the names appear verbatim in the `cognito:groups` claim.
 */
export const ROLE_GROUPS = {
  /** Manages their organisation; in the IP office's organisation, reviews applications. */
  admin: 'admin',
  /** Acts for their organisation. */
  member: 'member',
} as const;

/**
 * The marketplace's identity store: email sign-in, one organisation per user in `custom:orgId`, and
 * the roles as groups. Users and their organisation links are state, so the pool is retained and
 * protected from deletion even though it lives in a stateless stack.
 */
export class MarketplaceUserPool extends Construct {
  readonly userPool: cognito.UserPool;
  readonly webClient: cognito.UserPoolClient;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    this.userPool = new cognito.UserPool(this, 'UserPool', {
      // Organisations apply on their own; the IP office approves them and sets orgId and the group.
      selfSignUpEnabled: true,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      // Until a changed email is verified, the old one stays the sign-in and contact address.
      keepOriginal: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      customAttributes: {
        // The user's organisation id, written only by the back office (see the client below). Loose
        // bounds on purpose: a custom attribute's definition can never be changed once created.
        orgId: new cognito.StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
      },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG2',
      reason:
        'MFA (TOTP) is optional so that enterprises can self-register without an authenticator app; threat ' +
        'protection (Plus plan, enforced) still checks every sign-in for risk and compromised credentials.',
    });

    // What the enforced threat protection does (rather than Cognito's defaults): a sign-in, sign-up or
    // password change with a password known from breaches is blocked; a high-risk sign-in (unknown
    // device, place and pattern, e.g. credential stuffing) is blocked, a medium-risk one asks for the
    // second factor where the user set one up. No notification e-mail (that needs an SES identity).
    new cognito.CfnUserPoolRiskConfigurationAttachment(this, 'RiskConfiguration', {
      userPoolId: this.userPool.userPoolId,
      clientId: 'ALL',
      compromisedCredentialsRiskConfiguration: {
        actions: { eventAction: 'BLOCK' },
        eventFilter: ['SIGN_IN', 'PASSWORD_CHANGE', 'SIGN_UP'],
      },
      accountTakeoverRiskConfiguration: {
        actions: {
          highAction: { eventAction: 'BLOCK', notify: false },
          mediumAction: { eventAction: 'MFA_IF_CONFIGURED', notify: false },
          lowAction: { eventAction: 'NO_ACTION', notify: false },
        },
      },
    });

    // Lower precedence wins when a user is in both groups.
    this.userPool.addGroup('AdminGroup', {
      groupName: ROLE_GROUPS.admin,
      description: 'Administrators of their organisation',
      precedence: 0,
    });
    this.userPool.addGroup('MemberGroup', {
      groupName: ROLE_GROUPS.member,
      description: 'Members of their organisation',
      precedence: 10,
    });

    const readable = new cognito.ClientAttributes()
      .withStandardAttributes({ email: true, emailVerified: true })
      .withCustomAttributes('orgId');
    // Deliberately without orgId: a user who could write it could join any organisation.
    const writable = new cognito.ClientAttributes().withStandardAttributes({ email: true });

    this.webClient = this.userPool.addClient('WebClient', {
      // A browser app cannot keep a secret.
      generateSecret: false,
      authFlows: { userSrp: true },
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      readAttributes: readable,
      writeAttributes: writable,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
    });
  }

  /**
   * Lets `grantee` mirror a membership into the pool (set `custom:orgId`, add to a role group), so
   * that the user's next tokens carry it. Nothing else: no user creation, no deletion.
   */
  grantMembershipSync(grantee: iam.IGrantable): iam.Grant {
    return this.userPool.grant(
      grantee,
      'cognito-idp:AdminUpdateUserAttributes',
      'cognito-idp:AdminAddUserToGroup',
    );
  }
}
