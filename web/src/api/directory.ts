import type {
  DirectoryOffer,
  DirectoryOrg,
  DirectoryOrgType,
  DirectoryPatent,
} from '@openlicense/contract/directory';
import type { Requester } from './client.ts';

export type { DirectoryOffer, DirectoryOrg, DirectoryOrgType, DirectoryPatent };

const query = (params: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && String(value).trim() !== '') search.set(key, String(value).trim());
  return search.toString();
};

/** The pickers' look-ups (`/api/directory/*`): names and ids of organisations, patents, listings and bundles. */
export function directoryApi(request: Requester) {
  return {
    /** Approved organisations of these types whose name holds `q`, in pinyin order. */
    orgs: (types: readonly DirectoryOrgType[], q: string, limit = 20) =>
      request<{ items: DirectoryOrg[] }>(`/api/directory/orgs?${query({ type: types.join(','), q, limit })}`),
    /** Patents by number or title: the ledger of `holder`, else the catalogue and an exact number. */
    patents: (q: string, holder?: string, limit = 20) =>
      request<{ items: DirectoryPatent[] }>(`/api/directory/patents?${query({ q, holder, limit })}`),
    /** Published listings and bundles by title, number or holder; ids as invitations and deals name them. */
    offers: (q: string, kind?: 'listing' | 'bundle', limit = 20) =>
      request<{ items: DirectoryOffer[] }>(`/api/directory/offers?${query({ q, kind, limit })}`),
  };
}

export type DirectoryApi = ReturnType<typeof directoryApi>;
