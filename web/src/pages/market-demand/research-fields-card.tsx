import { DEFAULT_IPC_CHAIN_TABLE } from '@openlicense/domain/grading/default-ipc-chains';
import { useState } from 'preact/hooks';
import type { ResearchFieldsView } from '../../api/market-demand.ts';
import { useApp } from '../../app-context.ts';
import { describedBy, Field } from '../../components/field.tsx';
import { splitPrefixes } from '../../format/ipc-prefixes.ts';
import { t } from '../../i18n/messages.ts';

/** The chains a university may pick: those of the platform's IPC → chain table, once each. */
const CHAINS = [...new Set(DEFAULT_IPC_CHAIN_TABLE.entries.flatMap((entry) => entry.chains))];

/** The research fields editor: IPC prefixes as text, chains as checkboxes; saved over the version read. */
export function ResearchFieldsCard({
  fields,
  onSaved,
}: {
  fields: ResearchFieldsView;
  onSaved: (saved: ResearchFieldsView) => void;
}) {
  const { api, notify, reportError, fieldErrorsOf } = useApp();
  const [ipcText, setIpcText] = useState(fields.ipcPrefixes.join(', '));
  const [chains, setChains] = useState<string[]>(fields.industryChains);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const choices = [...CHAINS, ...chains.filter((chain) => !CHAINS.includes(chain))];
  const ipcError = Object.entries(errors).find(([path]) => path.startsWith('ipcPrefixes'))?.[1];

  async function save(event: Event) {
    event.preventDefault();
    setBusy(true);
    try {
      const saved = await api.marketDemand.saveFields({
        ipcPrefixes: splitPrefixes(ipcText),
        industryChains: chains,
        version: fields.version,
      });
      setErrors({});
      setIpcText(saved.ipcPrefixes.join(', '));
      notify(t('demand.fields.saved'));
      onSaved(saved);
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  const hint = t('demand.fields.intro');
  return (
    <section class="card" aria-labelledby="fields-title" id="research-fields">
      <div class="card-head">
        <h2 id="fields-title">{t('demand.fields.title')}</h2>
      </div>
      <p class="muted">{hint}</p>
      <form onSubmit={save}>
        <Field id="fields-ipc" label={t('demand.fields.ipc')} error={ipcError}>
          <input
            id="fields-ipc"
            name="ipcPrefixes"
            value={ipcText}
            placeholder="H01M, H01M 10/00"
            aria-describedby={describedBy('fields-ipc', { error: ipcError })}
            onInput={(event) => setIpcText(event.currentTarget.value)}
          />
        </Field>
        <fieldset class="field">
          <legend>{t('demand.fields.chains')}</legend>
          <div class="check-row">
            {choices.map((chain) => (
              <label key={chain} class="check">
                <input
                  type="checkbox"
                  name="industryChains"
                  value={chain}
                  checked={chains.includes(chain)}
                  onChange={(event) =>
                    setChains(
                      event.currentTarget.checked
                        ? choices.filter((c) => c === chain || chains.includes(c))
                        : chains.filter((c) => c !== chain),
                    )
                  }
                />
                {chain}
              </label>
            ))}
          </div>
        </fieldset>
        <div class="form-actions">
          <button type="submit" class="button" disabled={busy} data-action="save-fields">
            {busy ? t('demand.fields.saving') : t('demand.fields.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
