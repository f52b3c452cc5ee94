// One file per action on a matchmaking event; the rules they apply live in @openlicense/domain (event/).
export * from './cancel-event.ts';
export * from './create-event.ts';
export * from './edit-event.ts';
export * from './event-view.ts';
export * from './invite.ts';
export * from './list-events.ts';
export { eventParties, loadEvent } from './load-event.ts';
export * from './record-attendance.ts';
export * from './register.ts';
export * from './write-minutes.ts';
