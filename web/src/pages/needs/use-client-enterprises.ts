import { compareOrgNames } from '@openlicense/domain/organisation/name-order';
import { useEffect, useState } from 'preact/hooks';
import type { AuthorisationView } from '../../api/authorisations.ts';
import { useApp } from '../../app-context.ts';

export interface ClientEnterprise {
  id: string;
  name: string;
  /** An authorisation from it is in force today. */
  live: boolean;
}

/** The enterprises whose authorisations an agency or park holds, by name; one entry each. */
export function clientEnterprises(auths: readonly AuthorisationView[]): ClientEnterprise[] {
  const byId = new Map<string, ClientEnterprise>();
  for (const auth of auths) {
    const known = byId.get(auth.enterpriseOrgId);
    byId.set(auth.enterpriseOrgId, {
      id: auth.enterpriseOrgId,
      name: auth.enterpriseName,
      live: (known?.live ?? false) || auth.live,
    });
  }
  return [...byId.values()].sort((a, b) => compareOrgNames(a.name, b.name));
}

/** For an agency or park (`enabled`): its client enterprises; `null` while loading. */
export function useClientEnterprises(enabled: boolean): ClientEnterprise[] | null {
  const { api, reportError } = useApp();
  const [clients, setClients] = useState<ClientEnterprise[] | null>(enabled ? null : []);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    api.authorisations.list().then(
      ({ items }) => {
        if (live) setClients(clientEnterprises(items));
      },
      (error) => {
        if (!live) return;
        setClients([]);
        reportError(error);
      },
    );
    return () => {
      live = false;
    };
  }, [api, enabled, reportError]);
  return clients;
}
