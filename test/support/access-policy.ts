import { POLICY_FOR_ACTION, POLICY_FOR_BUNDLE_ACTION } from '@openlicense/app';
import {
  type Action,
  authorize,
  type Decision,
  type OrgType,
  type Principal,
  type Resource,
  type Role,
} from '@openlicense/domain';

/**
 * What each route of the access matrix asks the access policy, in the order its handler asks it: the route
 * table of the policy, so the whole matrix (every route × persona × ownership) is checked against
 * `authorize` without HTTP or a database. Read off each handler's `guard(c, action, resource)` calls
 * (functions/api/src/routes/*.ts, functions/spreadsheets/src/app.ts), with the resource built as the
 * handler builds it from the subject the matrix makes for the cell. `app` marks cells whose answer the
 * handler gives before or instead of asking the policy (a public route's 404, an anonymous reader of an
 * unpublished bundle): those stay HTTP cells. The matrix's HTTP calls (one allowed, one refused, one
 * anonymous per route) check that each route really asks what is written here.
 */
export type Ownership = 'own' | 'other' | 'authorised' | 'holder';
export type Persona =
  | { kind: 'anonymous' }
  | { kind: 'no_org' }
  | { kind: 'member'; type: OrgType; role: Role; status: 'approved' | 'pending' };

/** The subject descriptors of a matrix case (see `Case` in test/integration/access-matrix.test.ts). */
export interface PolicyCase {
  name: string;
  need?: { visibility: 'public' | 'agencies' | 'private'; status: 'draft' | 'open' };
  bundle?: 'draft' | 'submitted' | 'published';
  event?: 'organised' | 'invited' | 'invited_briefing';
}

/** One cell as the policy sees it: the caller's principal and the organisations its subject involves. */
export interface PolicyCell {
  principal: Principal | undefined;
  /** The caller's own organisation (none for anonymous and no_org). */
  caller: string | undefined;
  /** The organisation owning the subject: the caller's own for `own`, else another (pending enterprise). */
  target: string;
  ownership: Ownership;
  variant: string;
  c: PolicyCase;
}

type Step = readonly [Action, Resource?];
type RoutePolicy = (cell: PolicyCell) => readonly Step[] | 'app';

/** The organisations the matrix shares between cells (test/integration/access-matrix.test.ts's beforeAll). */
export const SHARED = {
  caller: 'org-caller',
  target: 'org-target',
  /** The approved agency enterprises authorise and that organises the `invited` events. */
  agent: 'org-agent',
  /** The approved university holding bundle members, licensing listings, supplying deals. */
  bundleHolder: 'org-holder',
  /** The approved enterprise invited to events and licensee of the `receipt` licences. */
  dealCounterpart: 'org-counterpart',
} as const;
const REGION = '430100';

const none: RoutePolicy = () => [];
const only =
  (action: Action, resource?: (cell: PolicyCell) => Resource): RoutePolicy =>
  (cell) => [[action, resource?.(cell)]];
const ownedByTarget = (cell: PolicyCell): Resource => ({ ownerOrgId: cell.target });
/** `?orgId=` absent: the handler passes no owner. */
const noOwner = (): Resource => ({});
/** The handler defaults the holder to the caller's own organisation (or ''). */
const callersOwn = (cell: PolicyCell): Resource => ({ ownerOrgId: cell.caller ?? '' });

const needOf = (cell: PolicyCell): Resource => ({
  need: { ownerOrgId: cell.target, ...cell.c.need! },
  liveAuthorisation: cell.ownership === 'authorised',
});
const bundleOf = (cell: PolicyCell): Resource => ({
  bundle: {
    organiserOrgId: cell.target,
    holderOrgIds: [SHARED.bundleHolder, cell.ownership === 'holder' ? cell.caller! : SHARED.bundleHolder],
    status: cell.c.bundle!,
  },
});
/** A readable bundle: anonymous callers see only a public one, answered before the policy is asked. */
const readsBundle: RoutePolicy = (cell) =>
  cell.principal ? [['bundle.read', bundleOf(cell)]] : cell.c.bundle === 'published' ? [] : 'app';
/** The licence the cell took (licensee: target; licensor: the shared university). */
const licenceReaders = (cell: PolicyCell): Resource => ({
  licenceParties: [cell.target, SHARED.bundleHolder],
});
const licenseeStep =
  (...then: Step[]): RoutePolicy =>
  (cell) => [['licence.read', licenceReaders(cell)], ['licence.pay', ownedByTarget(cell)], ...then];
/** A receipt waiting for the target (licensor) to confirm what the shared enterprise (licensee) paid. */
const receiptStep: RoutePolicy = (cell) => [
  ['licence.read', { licenceParties: [SHARED.dealCounterpart, cell.target] }],
  ['licence.confirm', { licenceParties: [cell.target] }],
];
const dealParties = (cell: PolicyCell): Resource => ({ parties: [SHARED.bundleHolder, cell.target] });
const dealMove: RoutePolicy = (cell) => [
  ['deal.write'],
  ['deal.read', dealParties(cell)],
  ['deal.write', dealParties(cell)],
];
const eventParties = (cell: PolicyCell): Resource =>
  cell.c.event === 'invited' || cell.c.event === 'invited_briefing'
    ? { parties: [SHARED.agent, cell.target] }
    : { parties: [cell.target, SHARED.dealCounterpart] };
const organisesEvent: RoutePolicy = (cell) => [
  ['event.organise'],
  ['event.read', eventParties(cell)],
  ['event.organise', { ownerOrgId: cell.target }],
];

/** Keyed by the matrix case's name without its variant (`… (draft)`), which is passed as `variant`. */
const ROUTE_POLICY: Record<string, RoutePolicy> = {
  'POST /api/auth/local/token': none,
  'POST /api/auth/local/register': none,
  'GET /api/health': none,
  'GET /api/openapi.json': none,
  'GET /api/docs': none,
  'GET /api/docs/init.js': none,
  'GET /api/me': only('me.read'),
  'GET /api/me/waiting': only('me.read'),
  'POST /api/orgs': only('org.apply'),
  'GET /api/orgs': only('org.list'),
  'GET /api/stats/orgs': only('org.stats.read'),
  'GET /api/orgs/{id}': only('org.read', ownedByTarget),
  'GET /api/orgs/{id}/members': only('org.read', ownedByTarget),
  'GET /api/orgs/{id}/audit': only('org.audit.read', ownedByTarget),
  'POST /api/orgs/{id}/approve': only('org.review', ownedByTarget),
  'POST /api/orgs/{id}/reject': only('org.review', ownedByTarget),
  'PUT /api/orgs/{id}/application': only('org.resubmit', ownedByTarget),
  'GET /api/patents': only('patent.read', callersOwn),
  'POST /api/patents': only('patent.add'),
  'GET /api/patents/{number}': only('patent.read', ownedByTarget),
  'GET /api/patents/{number}/grade': only('patent.read', ownedByTarget),
  'PUT /api/patents/{number}': only('patent.write', ownedByTarget),
  'DELETE /api/patents/{number}': only('patent.write', ownedByTarget),
  'GET /api/patents/template.xlsx': only('patent.write'),
  'POST /api/patents/import': only('patent.add'),
  'GET /api/patents/export.xlsx': only('patent.read', callersOwn),
  'GET /api/patent-disputes': only('patent.dispute.list'),
  'POST /api/patent-disputes': only('patent.add'),
  'GET /api/patent-disputes/{id}': only('patent.dispute.read', (cell) => ({
    parties: [cell.target, SHARED.bundleHolder],
  })),
  'POST /api/patent-disputes/{id}/resolve': only('patent.dispute.resolve', (cell) => ({
    parties: [cell.target, SHARED.bundleHolder],
  })),
  'GET /api/needs/template.xlsx': only('need.list'),
  'POST /api/needs/import': only('need.list'),
  // The policy lets a member read its own organisation's jobs; an unknown job is the handler's 404.
  'GET /api/imports/{jobId}': () => 'app',
  'GET /api/needs/export.xlsx': only('need.list'),
  'GET /api/pushes/evidence.xlsx': only('push.list', noOwner),
  'GET /api/needs': only('need.list', noOwner),
  'GET /api/needs?enterpriseOrgId={id}': only('need.list', ownedByTarget),
  'POST /api/needs': only('need.write', (cell) => ({
    ownerOrgId: cell.target,
    liveAuthorisation: cell.ownership === 'authorised',
    needAction: 'create',
  })),
  'POST /api/needs/quality': only('need.list'),
  'GET /api/needs/{id}': only('need.read', needOf),
  'PUT /api/needs/{id}': only('need.write', (cell) => ({ ...needOf(cell), needAction: 'edit' })),
  'POST /api/needs/{id}/transitions': only('need.write', (cell) => ({
    ...needOf(cell),
    needAction: 'start_negotiation',
  })),
  'GET /api/authorisations': only('authorisation.read', noOwner),
  'GET /api/authorisations?orgId={id}': only('authorisation.read', ownedByTarget),
  'POST /api/authorisations': only('authorisation.manage', (cell) =>
    cell.caller ? { ownerOrgId: cell.caller } : {},
  ),
  'POST /api/authorisations/{id}/revoke': only('authorisation.manage', (cell) =>
    cell.caller ? { ownerOrgId: cell.caller } : {},
  ),
  'GET /api/agents': only('agent.list'),
  'GET /api/declarations': only('declaration.read', callersOwn),
  'POST /api/declarations': only('declaration.write'),
  'POST /api/declarations/drafts': only('declaration.write'),
  'POST /api/declarations/check': only('declaration.write'),
  'GET /api/declarations/review-queue': only('declaration.review'),
  'GET /api/declarations/{id}': only('declaration.read', ownedByTarget),
  'GET /api/declarations/{id}/royalty': only('declaration.read', ownedByTarget),
  'PUT /api/declarations/{id}': (cell) => [
    ['declaration.read', ownedByTarget(cell)],
    ['declaration.write', ownedByTarget(cell)],
  ],
  'POST /api/declarations/{id}/transitions': (cell) => [
    ['declaration.read', ownedByTarget(cell)],
    [POLICY_FOR_ACTION[cell.variant as keyof typeof POLICY_FOR_ACTION], ownedByTarget(cell)],
  ],
  'GET /api/listings': none,
  'GET /api/listings/industry-chains': none,
  'GET /api/listings/{id}': none,
  'GET /api/listings/{id}/royalty': none,
  'GET /api/bundles': only('bundle.list'),
  'POST /api/bundles': only('bundle.organise'),
  'GET /api/bundles/review-queue': only('bundle.review'),
  'GET /api/bundles/{id}': readsBundle,
  'GET /api/bundles/{id}/royalty': readsBundle,
  'PUT /api/bundles/{id}': only('bundle.organise', bundleOf),
  'POST /api/bundles/{id}/consents': only('bundle.consent', bundleOf),
  'POST /api/bundles/{id}/transitions': (cell) => [
    [POLICY_FOR_BUNDLE_ACTION[cell.variant as keyof typeof POLICY_FOR_BUNDLE_ACTION], bundleOf(cell)],
  ],
  'GET /api/needs/{id}/matches': only('need.read', needOf),
  // The listing's holder is the target (the caller itself for `own`).
  'GET /api/listings/{id}/matches': only('match.read', ownedByTarget),
  'GET /api/proposals': only('proposal.list'),
  'POST /api/proposals/{id}/approve': only('push.send'),
  'POST /api/proposals/{id}/reject': only('proposal.reject'),
  'GET /api/push-settings': only('push.settings.read'),
  'PUT /api/push-settings': only('push.settings.write'),
  'GET /api/inbox': only('inbox.read'),
  'GET /api/conversion-needs': only('conversion_need.read'),
  'POST /api/conversion-needs': (cell) => [
    ['conversion_need.post'],
    ['conversion_need.post', { parties: [cell.target] }],
  ],
  'GET /api/conversion-needs/{id}': only('conversion_need.read'),
  'POST /api/conversion-needs/{id}/withdraw': (cell) => [
    ['conversion_need.read'],
    ['conversion_need.withdraw', { ownerOrgId: cell.target }],
  ],
  'POST /api/conversion-needs/{id}/answers': only('conversion_need.answer'),
  'GET /api/market/demand': only('market.demand.read'),
  'GET /api/market/fields': only('market.demand.read'),
  'PUT /api/market/fields': only('market.fields.write'),
  'GET /api/market/unmet': only('market.unmet.read'),
  'GET /api/market/alerts': only('market.alerts.manage'),
  'PUT /api/market/alerts': only('market.alerts.manage'),
  'DELETE /api/market/alerts': only('market.alerts.manage'),
  'GET /api/market/alerts/unsubscribe': none,
  'POST /api/inbox/{id}/read': (cell) => [['inbox.answer'], ['inbox.answer', ownedByTarget(cell)]],
  'POST /api/inbox/{id}/feedback': (cell) => [['inbox.answer'], ['inbox.answer', ownedByTarget(cell)]],
  'GET /api/push-preferences': only('push.preferences.read'),
  'PUT /api/push-preferences': only('push.preferences.write'),
  'GET /api/push-preferences/unsubscribe': none,
  'GET /api/pushes': only('push.list', noOwner),
  'GET /api/pushes?orgId={id}': only('push.list', ownedByTarget),
  'GET /api/pushes/summary': only('push.list', noOwner),
  'GET /api/pushes/summary?orgId={id}': only('push.list', ownedByTarget),
  'GET /api/quotas': only('quota.read', noOwner),
  'GET /api/quotas?orgId={id}': only('quota.read', ownedByTarget),
  'GET /api/quotas/overview': only('quota.overview'),
  'GET /api/quota-targets': only('quota.targets.read'),
  'PUT /api/quota-targets': only('quota.targets.write'),
  'GET /api/grading-settings': only('grading.settings'),
  'PUT /api/grading-settings': only('grading.settings'),
  'GET /api/evidence': only('evidence.read', noOwner),
  'GET /api/evidence?orgId={id}': only('evidence.read', ownedByTarget),
  'GET /api/evidence/verify': only('evidence.read', noOwner),
  'GET /api/evidence/verify?orgId={id}': only('evidence.read', ownedByTarget),
  'GET /api/reports/evaluation.xlsx': only('evidence.read', noOwner),
  'GET /api/reports/evaluation.xlsx?orgId={id}': only('evidence.read', ownedByTarget),
  'GET /api/reports/evaluation.xlsx?orgId=all': only('quota.overview'),
  'POST /api/listings/{id}/licenses': only('licence.take'),
  'POST /api/bundles/{id}/licenses': only('licence.take'),
  'GET /api/licenses?as=licensee': only('licence.list'),
  'GET /api/licenses/filings?due=overdue': only('licence.list'),
  'GET /api/notifications': only('notification.read'),
  'GET /api/licenses/{id}': only('licence.read', licenceReaders),
  'GET /api/licenses/{id}/notice': only('licence.read', licenceReaders),
  'POST /api/licenses/{id}/payments': licenseeStep(),
  'POST /api/licenses/{id}/filing': (cell) => [
    ['licence.read', licenceReaders(cell)],
    ['licence.file', licenceReaders(cell)],
  ],
  'POST /api/licenses/{id}/royalty-reports': licenseeStep(),
  'POST /api/licenses/{id}/royalty-reports/{reportId}/payment': licenseeStep(),
  'POST /api/licenses/{id}/receipts/{receiptId}/confirm': receiptStep,
  'POST /api/licenses/{id}/receipts/{receiptId}/dispute': receiptStep,
  'GET /api/confirmations': only('quota.read', noOwner),
  'POST /api/deals': only('deal.write'),
  'GET /api/deals': only('deal.list'),
  'GET /api/deals/{id}': (cell) => [['deal.list'], ['deal.read', dealParties(cell)]],
  'POST /api/deals/{id}/stage': dealMove,
  'POST /api/deals/{id}/confirm': (cell) => [...(dealMove(cell) as Step[]), ['deal.sign']],
  'POST /api/deals/{id}/dispute': (cell) => [...(dealMove(cell) as Step[]), ['deal.sign']],
  'POST /api/events': only('event.organise'),
  'GET /api/events': only('event.list'),
  'GET /api/events/{id}': (cell) => [['event.list'], ['event.read', eventParties(cell)]],
  'POST /api/events/{id}/invitations': organisesEvent,
  'POST /api/events/{id}/attendance': organisesEvent,
  'POST /api/events/{id}/minutes': organisesEvent,
  'POST /api/events/{id}/cancel': organisesEvent,
  'PUT /api/events/{id}': organisesEvent,
  'POST /api/events/{id}/registrations': (cell) => [
    ['event.list'],
    ['event.read', eventParties(cell)],
    [
      'event.register',
      {
        parties: [cell.target],
        // A briefing naming no audience kinds takes every kind; matchmaking takes enterprises
        attendeeTypes:
          cell.c.event === 'invited_briefing'
            ? ['university', 'enterprise', 'agency', 'park']
            : ['enterprise'],
      },
    ],
  ],
};

/** The principal of `persona`, member of `caller` (region 430100, as every organisation the matrix makes). */
export function principalOf(persona: Persona, caller: string): Principal | undefined {
  if (persona.kind === 'anonymous') return undefined;
  const user = { userId: 'user', email: 'user@test.openlicense.cn', name: '测试' };
  if (persona.kind === 'no_org') return user;
  return {
    ...user,
    membership: {
      orgId: caller,
      role: persona.role,
      orgType: persona.type,
      orgStatus: persona.status,
      regionCode: REGION,
    },
  };
}

/**
 * What the policy decides for one cell: the first refusal among the route's steps, else allowed; `app`
 * when the handler answers before asking the policy; `unmapped` for a case not in {@link ROUTE_POLICY}.
 */
export function policyDecision(
  c: PolicyCase,
  persona: Persona,
  ownership: Ownership,
): Decision | 'app' | 'unmapped' {
  const [, base = c.name, variant = ''] = /^(.*?) \((.*)\)$/.exec(c.name) ?? [];
  const policy = ROUTE_POLICY[base];
  if (!policy) return 'unmapped';
  const caller = persona.kind === 'member' ? SHARED.caller : undefined;
  const cell: PolicyCell = {
    principal: principalOf(persona, SHARED.caller),
    caller,
    target: ownership === 'own' ? SHARED.caller : SHARED.target,
    ownership,
    variant,
    c,
  };
  const steps = policy(cell);
  if (steps === 'app') return 'app';
  for (const [action, resource] of steps) {
    const decision = authorize(cell.principal, action, resource);
    if (!decision.allow) return decision;
  }
  // A route that asks nothing still needs no sign-in; one that asks refuses anonymous callers first.
  return { allow: true };
}
