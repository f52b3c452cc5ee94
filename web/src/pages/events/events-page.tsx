import { useHashLocation } from '../../router/use-hash-location.ts';
import { EventList } from './event-list.tsx';
import { EventPage } from './event-page.tsx';

/**
 * 对接活动 (matchmaking events): `#/events` the year's events (an agency or park creates them; invited
 * enterprises and universities see theirs), `#/events/{id}` one event with invitations, registrations,
 * attendance, minutes and the deals that came out of it.
 */
export function EventsPage() {
  const { segments } = useHashLocation();
  const [first] = segments;
  if (first) return <EventPage key={first} id={first} />;
  return <EventList />;
}
