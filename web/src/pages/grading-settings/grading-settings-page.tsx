import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/client.ts';
import type { GradingSettingsView } from '../../api/grading-settings.ts';
import { useApp } from '../../app-context.ts';
import { formatDateTime } from '../../format/date-time.ts';
import { t } from '../../i18n/messages.ts';
import { type GradingSettingsForm, rowKey, toForm, toSave } from './grading-settings-form.ts';

/**
 * 分级设置: the IP office edits its jurisdiction's priority industry chains and the IPC → chain table its
 * holders' patents are graded with (rows added and removed, the platform's table to start from). A save takes
 * effect at the next nightly grading; a stale save asks to reload.
 */
export function GradingSettingsPage() {
  const { api, locale, notify, reportError, fieldErrorsOf } = useApp();
  const [view, setView] = useState<GradingSettingsView | null>(null);
  const [form, setForm] = useState<GradingSettingsForm | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);

  const show = (next: GradingSettingsView) => {
    setView(next);
    setForm(toForm(next));
    setErrors({});
    setStale(false);
  };
  const load = useCallback(() => api.gradingSettings.get().then(show, reportError), [api, reportError]);
  useEffect(() => {
    void load();
  }, [load]);

  if (!view || !form) return <p class="muted center">{t('common.loading')}</p>;
  const change = (next: Partial<GradingSettingsForm>) => setForm({ ...form, ...next });

  async function save(event: Event) {
    event.preventDefault();
    if (!form) return;
    const { body, shownRow } = toSave(form);
    setBusy(true);
    setErrors({});
    try {
      show(await api.gradingSettings.save(body));
      notify(t('gradingSettings.saved'));
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'stale_version') setStale(true);
      else {
        // An error names the row as sent; the screen shows it beside the row as shown.
        const byShownRow: Record<string, string> = {};
        for (const [path, message] of Object.entries(fieldErrorsOf(failure))) {
          const row = /^ipcChains\.entries\.(\d+)\.(\w+)/.exec(path);
          byShownRow[row ? `row.${shownRow[Number(row[1])]}.${row[2]}` : path] = message;
        }
        setErrors(byShownRow);
        reportError(failure);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="page">
      <section class="card" aria-labelledby="grading-settings-title">
        <h1 id="grading-settings-title">{t('gradingSettings.title')}</h1>
        <p class="muted small">{t('gradingSettings.intro')}</p>
        <p class="banner banner-warning" data-effective>
          {t('gradingSettings.effective')}
        </p>
        <p class="small" id="grading-settings-version" data-version={view.version}>
          {view.version === 0
            ? t('gradingSettings.defaults')
            : t('gradingSettings.savedAt', {
                version: view.version,
                at: formatDateTime(view.updatedAt, locale),
              })}
        </p>
        {stale && (
          <p class="banner banner-warning" data-stale>
            {t('gradingSettings.stale')}{' '}
            <button type="button" class="button button-small" onClick={() => void load()}>
              {t('gradingSettings.reload')}
            </button>
          </p>
        )}
      </section>
      <form id="grading-settings-form" onSubmit={save}>
        <section class="card" aria-labelledby="priority-chains-title">
          <h2 id="priority-chains-title">{t('gradingSettings.priorityTitle')}</h2>
          <p class="muted small">{t('gradingSettings.priorityHint')}</p>
          {form.priorityChains.length === 0 && <p class="empty">{t('gradingSettings.priorityEmpty')}</p>}
          <ul class="plain-list" id="priority-chains">
            {form.priorityChains.map((chain, i) => (
              <li key={i} class={errors[`priorityChains.${i}`] ? 'field field-invalid' : 'field'}>
                <span class="actions">
                  <input
                    aria-label={t('gradingSettings.chainLabel', { n: i + 1 })}
                    value={chain}
                    onInput={(e) =>
                      change({
                        priorityChains: form.priorityChains.map((c, j) =>
                          j === i ? e.currentTarget.value : c,
                        ),
                      })
                    }
                  />
                  <button
                    type="button"
                    class="button button-small"
                    data-action="remove-chain"
                    onClick={() => change({ priorityChains: form.priorityChains.filter((_, j) => j !== i) })}
                  >
                    {t('common.delete')}
                  </button>
                </span>
                {errors[`priorityChains.${i}`] && <p class="field-error">{errors[`priorityChains.${i}`]}</p>}
              </li>
            ))}
          </ul>
          <button
            type="button"
            class="button button-small"
            data-action="add-chain"
            onClick={() => change({ priorityChains: [...form.priorityChains, ''] })}
          >
            {t('gradingSettings.addChain')}
          </button>
        </section>
        <section class="card" aria-labelledby="ipc-table-title">
          <div class="card-head">
            <h2 id="ipc-table-title">{t('gradingSettings.tableTitle')}</h2>
            <span class="muted small">{t('gradingSettings.rowCount', { count: form.rows.length })}</span>
          </div>
          <p class="muted small">{t('gradingSettings.tableHint')}</p>
          <div class="table-wrap">
            <table class="table" id="ipc-chain-table">
              <thead>
                <tr>
                  <th scope="col">{t('gradingSettings.prefix')}</th>
                  <th scope="col">{t('gradingSettings.chains')}</th>
                  <th scope="col" />
                </tr>
              </thead>
              <tbody>
                {form.rows.map((row, i) => {
                  const edit = (next: Partial<typeof row>) =>
                    change({ rows: form.rows.map((r) => (r.key === row.key ? { ...r, ...next } : r)) });
                  const prefixError = errors[`row.${i}.prefix`];
                  const chainsError = errors[`row.${i}.chains`];
                  return (
                    <tr key={row.key} data-row={i}>
                      <td>
                        <div class={prefixError ? 'field field-invalid' : 'field'}>
                          <input
                            aria-label={t('gradingSettings.prefix')}
                            value={row.prefix}
                            onInput={(e) => edit({ prefix: e.currentTarget.value })}
                          />
                          {prefixError && <p class="field-error">{prefixError}</p>}
                        </div>
                      </td>
                      <td>
                        <div class={chainsError ? 'field field-invalid' : 'field'}>
                          <input
                            aria-label={t('gradingSettings.chains')}
                            value={row.chains}
                            onInput={(e) => edit({ chains: e.currentTarget.value })}
                          />
                          {chainsError && <p class="field-error">{chainsError}</p>}
                        </div>
                      </td>
                      <td>
                        <button
                          type="button"
                          class="button button-small"
                          data-action="remove-row"
                          onClick={() => change({ rows: form.rows.filter((r) => r.key !== row.key) })}
                        >
                          {t('common.delete')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <span class="actions">
            <button
              type="button"
              class="button button-small"
              data-action="add-row"
              onClick={() => change({ rows: [...form.rows, { key: rowKey(), prefix: '', chains: '' }] })}
            >
              {t('gradingSettings.addRow')}
            </button>
            <button
              type="button"
              class="button button-small"
              data-action="reset-table"
              onClick={() => change({ rows: toForm({ ...view, ipcChains: view.defaultIpcChains }).rows })}
            >
              {t('gradingSettings.resetTable')}
            </button>
          </span>
        </section>
        <div class="actions">
          <button type="submit" class="button button-primary" disabled={busy} data-action="save">
            {t('gradingSettings.save')}
          </button>
        </div>
      </form>
    </div>
  );
}
