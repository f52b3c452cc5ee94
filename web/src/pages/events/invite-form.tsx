import { useState } from 'preact/hooks';
import type { DirectoryOrgType } from '../../api/directory.ts';
import type { EventDetail } from '../../api/events.ts';
import { useApp } from '../../app-context.ts';
import { offerSearch, orgOption, orgSearch } from '../../components/directory-pickers.ts';
import { Picker, type PickerOption } from '../../components/picker.tsx';
import { listText } from '../../format/phrase.ts';
import { t } from '../../i18n/messages.ts';
import { useClientEnterprises } from '../needs/use-client-enterprises.ts';

/**
 * The organiser invites enterprises (its own clients listed first, then every approved enterprise) and, to a
 * matchmaking event only (`listings`), the listings or bundles to present, each chosen by name from a picker.
 * A 宣传培训 event (`kinds` given) invites instead any approved organisation of the kinds its audience names.
 */
export function InviteForm({
  id,
  listings: withListings,
  kinds,
  onDone,
}: {
  id: string;
  listings: boolean;
  /** A briefing's audience kinds; absent for matchmaking (enterprises only). */
  kinds?: readonly DirectoryOrgType[];
  onDone: (detail: EventDetail) => void;
}) {
  const { api, notify, reportError } = useApp();
  const clients = useClientEnterprises(true);
  const [enterprises, setEnterprises] = useState<PickerOption[]>([]);
  const [listings, setListings] = useState<PickerOption[]>([]);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    const listingIds = listings.map((option) => option.id);
    const orgIds = enterprises.map((option) => option.id);
    if (listingIds.length + orgIds.length === 0) return;
    setBusy(true);
    try {
      onDone(
        await api.events.invite(
          id,
          kinds ? { listingIds, orgIds } : { listingIds, enterpriseOrgIds: orgIds },
        ),
      );
      notify(t('event.invitedToast'));
      setEnterprises([]);
      setListings([]);
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form id="invite-form" onSubmit={submit} noValidate>
      <h3>{t('event.invite')}</h3>
      <Picker
        id={kinds ? 'invite-orgs' : 'invite-enterprises'}
        label={
          kinds
            ? t('event.inviteOrgs', { kinds: listText(kinds.map((kind) => t(`org.type.${kind}`))) })
            : t('event.inviteEnterprises')
        }
        multiple
        chosen={enterprises}
        onChange={setEnterprises}
        preferred={
          !kinds || kinds.includes('enterprise')
            ? (clients ?? []).map((client) => orgOption({ ...client, type: 'enterprise' }))
            : []
        }
        search={orgSearch(api, kinds ?? ['enterprise'])}
      />
      {withListings && (
        <Picker
          id="invite-listings"
          label={t('event.inviteListings')}
          multiple
          chosen={listings}
          onChange={setListings}
          search={offerSearch(api)}
        />
      )}
      <div class="form-actions">
        <button type="submit" class="button button-small button-primary" data-action="invite" disabled={busy}>
          {t('event.invite')}
        </button>
      </div>
    </form>
  );
}
