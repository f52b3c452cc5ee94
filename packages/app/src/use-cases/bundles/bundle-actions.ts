import { type Action, BUNDLE_REQUESTED_ACTIONS } from '@openlicense/domain';

export { BUNDLE_REQUESTED_ACTIONS };
export type RequestedBundleAction = (typeof BUNDLE_REQUESTED_ACTIONS)[number];

/** Which rule of the access policy each requested action answers to. */
export const POLICY_FOR_BUNDLE_ACTION: Record<RequestedBundleAction, Action> = {
  submit: 'bundle.organise',
  withdraw: 'bundle.organise',
  publish: 'bundle.review',
  reject: 'bundle.review',
};
