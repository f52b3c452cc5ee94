import type { ApiClient } from '../api/client.ts';
import type { DirectoryOffer, DirectoryOrg, DirectoryOrgType, DirectoryPatent } from '../api/directory.ts';
import { displayPatentNumber } from '../format/patent-badges.ts';
import { t } from '../i18n/messages.ts';
import type { PickerOption } from './picker-options.ts';

/**
 * The look-ups behind each kind of picker, and how their answers read as options: organisations by name (with
 * their type), patents by title (with number and holder), listings and bundles by title (with kind, numbers
 * and holders). The option's id is what the API takes.
 */

export const orgOption = (
  org: Pick<DirectoryOrg, 'id' | 'name'> & { type?: DirectoryOrgType },
): PickerOption => ({
  id: org.id,
  label: org.name,
  ...(org.type ? { detail: t(`org.type.${org.type}`) } : {}),
});

export const patentOption = (patent: DirectoryPatent): PickerOption => ({
  id: patent.number,
  label: patent.title,
  detail: `${displayPatentNumber(patent.number)} · ${patent.holderName}`,
});

/** A patent named only by its number (e.g. brought by a link): its number is its label until looked up. */
export const numberOption = (number: string): PickerOption => ({
  id: number,
  label: displayPatentNumber(number),
});

export function offerOption(offer: DirectoryOffer): PickerOption {
  const numbers =
    offer.patentNumbers.length === 1
      ? displayPatentNumber(offer.patentNumbers[0] ?? '')
      : t('picker.patents', { count: offer.patentNumbers.length });
  return {
    id: offer.id,
    label: offer.title,
    detail: [
      t(`picker.kind.${offer.kind}`),
      numbers,
      t('picker.heldBy', { names: offer.holderNames.join(t('picker.separator')) }),
    ].join(' · '),
  };
}

/** Approved organisations of `types` whose name holds the query. */
export const orgSearch =
  (api: ApiClient, types: readonly DirectoryOrgType[]) =>
  async (query: string): Promise<PickerOption[]> =>
    (await api.directory.orgs(types, query)).items.map(orgOption);

/** Published listings and bundles (or one `kind`) by title, number or holder. */
export const offerSearch =
  (api: ApiClient, kind?: 'listing' | 'bundle') =>
  async (query: string): Promise<PickerOption[]> =>
    (await api.directory.offers(query, kind)).items.map(offerOption);

/** Patents of these holders' ledgers, or (no holder) of the catalogue and an exact number. */
export const patentSearch =
  (api: ApiClient, holders: readonly string[]) =>
  async (query: string): Promise<PickerOption[]> => {
    const pages = await Promise.all(
      holders.length === 0
        ? [api.directory.patents(query)]
        : holders.map((holder) => api.directory.patents(query, holder)),
    );
    return pages.flatMap((page) => page.items).map(patentOption);
  };
