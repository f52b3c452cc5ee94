import { useState } from 'preact/hooks';
import type { EventDetail } from '../../api/events.ts';
import { useApp } from '../../app-context.ts';
import { TextField } from '../../components/field.tsx';
import { splitList } from '../../format/deal-view.ts';
import { t } from '../../i18n/messages.ts';
import { useClientEnterprises } from '../needs/use-client-enterprises.ts';
import { OrgChecks } from './org-checks.tsx';

/** The organiser invites client enterprises, other enterprises and the listings to present. */
export function InviteForm({ id, onDone }: { id: string; onDone: (detail: EventDetail) => void }) {
  const { api, notify, reportError } = useApp();
  const clients = useClientEnterprises(true);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set());
  const [listings, setListings] = useState('');
  const [enterprises, setEnterprises] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    const listingIds = splitList(listings);
    const enterpriseOrgIds = [...new Set([...chosen, ...splitList(enterprises)])];
    if (listingIds.length + enterpriseOrgIds.length === 0) return;
    setBusy(true);
    try {
      onDone(await api.events.invite(id, { listingIds, enterpriseOrgIds }));
      notify(t('event.invitedToast'));
      setChosen(new Set());
      setListings('');
      setEnterprises('');
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form id="invite-form" onSubmit={submit} noValidate>
      <h3>{t('event.invite')}</h3>
      {clients && clients.length > 0 && (
        <fieldset class="checks" id="invite-clients">
          <legend>{t('event.inviteClients')}</legend>
          <OrgChecks
            options={clients.map(({ id, name }) => ({ orgId: id, name }))}
            chosen={chosen}
            onChange={setChosen}
          />
        </fieldset>
      )}
      <TextField
        id="invite-enterprises"
        label={t('event.inviteEnterprises')}
        hint={t('deal.hint.list')}
        value={enterprises}
        onValue={setEnterprises}
      />
      <TextField
        id="invite-listings"
        label={t('event.inviteListings')}
        hint={t('deal.hint.list')}
        value={listings}
        onValue={setListings}
      />
      <div class="form-actions">
        <button type="submit" class="button button-small button-primary" data-action="invite" disabled={busy}>
          {t('event.invite')}
        </button>
      </div>
    </form>
  );
}
