import type { Action } from '@openlicense/domain';

/** The lifecycle actions a caller may ask for; suspend, restore and expire belong to the system. */
export const BUNDLE_REQUESTED_ACTIONS = ['submit', 'publish', 'reject', 'withdraw'] as const;
export type RequestedBundleAction = (typeof BUNDLE_REQUESTED_ACTIONS)[number];

/** Which rule of the access policy each requested action answers to. */
export const POLICY_FOR_BUNDLE_ACTION: Record<RequestedBundleAction, Action> = {
  submit: 'bundle.organise',
  withdraw: 'bundle.organise',
  publish: 'bundle.review',
  reject: 'bundle.review',
};
