import { useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client.ts';
import { newIdempotencyKey } from '../api/idempotency-key.ts';
import type { ImportResult, LedgerResource } from '../api/ledger-files.ts';
import { useApp } from '../app-context.ts';
import { localiseServerMessage } from '../format/server-message.ts';
import { t } from '../i18n/messages.ts';
import { saveFile } from './save-file.ts';

interface ImportPanelProps {
  resource: LedgerResource;
  /** What to fill in, shown under the title. */
  hints: readonly string[];
  /** Called after an import stored something, so the ledger below can reload. */
  onImported: () => void;
}

/**
 * The one import/export panel of every ledger: the template to fill in, the upload with its counts and
 * the rows that were refused (行/列/问题), and the export of the whole ledger.
 */
export function ImportPanel({ resource, hints, onImported }: ImportPanelProps) {
  const { api, locale, notify, reportError } = useApp();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [busy, setBusy] = useState<'template' | 'export' | 'import' | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  // The running job's rows done of rows read, while the import writes them.
  const [progress, setProgress] = useState<{ processed: number; total: number } | null>(null);
  // One key per chosen file: a retry after a lost answer does not import twice; a new file gets a new key.
  const idempotencyKey = useRef(newIdempotencyKey());
  const inputId = `${resource}-import-file`;

  async function download(kind: 'template' | 'export') {
    setBusy(kind);
    try {
      const downloaded = await (kind === 'template'
        ? api.files.template(resource)
        : api.files.export(resource));
      saveFile(downloaded, t(`file.${resource}.${kind}`));
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(null);
    }
  }

  async function upload(event: Event) {
    event.preventDefault();
    if (!file) {
      setFileError(t('import.chooseFile'));
      return;
    }
    setBusy('import');
    try {
      setProgress(null);
      const answer = await api.files.import(resource, file, idempotencyKey.current, (job) =>
        setProgress({ processed: job.processed, total: job.total }),
      );
      idempotencyKey.current = newIdempotencyKey();
      setResult(answer);
      notify(
        t('import.done', { created: answer.created, updated: answer.updated, unchanged: answer.unchanged }),
      );
      if (answer.created + answer.updated > 0) onImported();
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 0)) idempotencyKey.current = newIdempotencyKey();
      const fileProblem =
        error instanceof ApiError ? error.details.find((d) => d.path === 'file') : undefined;
      setFileError(fileProblem ? localiseServerMessage(fileProblem.message, locale) : undefined);
      reportError(error);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section class="card import-panel" aria-labelledby={`${resource}-import-title`} data-import={resource}>
      <div class="card-head">
        <h2 id={`${resource}-import-title`}>{t('import.title')}</h2>
        <div class="actions">
          <button
            type="button"
            class="button button-small"
            data-action="template"
            disabled={busy !== null}
            onClick={() => download('template')}
          >
            {t('import.template')}
          </button>
          <button
            type="button"
            class="button button-small"
            data-action="export"
            disabled={busy !== null}
            onClick={() => download('export')}
          >
            {t('import.export')}
          </button>
        </div>
      </div>
      {hints.map((hint) => (
        <p key={hint} class="muted small">
          {hint}
        </p>
      ))}
      <form id={`${resource}-import-form`} class="import-form" onSubmit={upload}>
        <div class={fileError ? 'field field-invalid' : 'field'}>
          <label for={inputId}>{t('import.file')}</label>
          <input
            id={inputId}
            name="file"
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            aria-invalid={fileError ? 'true' : undefined}
            aria-describedby={fileError ? `${inputId}-error` : undefined}
            onChange={(event) => {
              setFile(event.currentTarget.files?.[0] ?? null);
              setFileError(undefined);
              idempotencyKey.current = newIdempotencyKey();
            }}
          />
          {fileError && (
            <p class="field-error" id={`${inputId}-error`}>
              {fileError}
            </p>
          )}
        </div>
        <button type="submit" class="button button-primary" disabled={busy !== null}>
          {busy === 'import' ? t('import.importing') : t('import.submit')}
        </button>
        {busy === 'import' && progress && (
          <p class="import-progress" role="status">
            {t('import.progress', progress)}
          </p>
        )}
      </form>
      {result && <ImportSummary result={result} />}
    </section>
  );
}

/** The import's XLSX of every problem, sent inline with the answer, saved as a download. */
function saveErrorReport(report: NonNullable<ImportResult['errorReport']>): void {
  const bytes = Uint8Array.from(atob(report.base64), (char) => char.charCodeAt(0));
  saveFile(
    { blob: new Blob([bytes], { type: report.contentType }), filename: report.filename },
    t('import.errors.file'),
  );
}

function ImportSummary({ result }: { result: ImportResult }) {
  const { locale } = useApp();
  const counts = [
    ['created', t('import.created'), result.created],
    ['updated', t('import.updated'), result.updated],
    ['unchanged', t('import.unchanged'), result.unchanged],
    ['failed', t('import.failed'), result.errorCount],
  ] as const;
  return (
    <div class="import-result" data-import-result aria-live="polite">
      <dl class="counts">
        {counts.map(([key, label, value]) => (
          <div key={key} class={`count count-${key}`} data-count={key}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {result.errors.length > 0 && (
        <>
          <p class="import-errors-title">{t('import.errors.title', { count: result.errorCount })}</p>
          {result.errorCount > result.errors.length && (
            <p class="muted small" data-errors-capped>
              {t('import.errors.capped', {
                shown: result.errors.length.toLocaleString(locale),
                count: result.errorCount.toLocaleString(locale),
              })}
            </p>
          )}
          {result.errorReport && (
            <button
              type="button"
              class="button button-small"
              data-action="error-report"
              onClick={() => saveErrorReport(result.errorReport!)}
            >
              {t('import.errors.download')}
            </button>
          )}
          <div class="table-wrap">
            <table class="table import-errors">
              <thead>
                <tr>
                  <th scope="col">{t('import.errors.row')}</th>
                  <th scope="col">{t('import.errors.column')}</th>
                  <th scope="col">{t('import.errors.message')}</th>
                </tr>
              </thead>
              <tbody>
                {result.errors.map((error) => (
                  <tr key={`${error.row}-${error.column}-${error.message}`} data-row={error.row}>
                    <td class="num">{error.row}</td>
                    <td>{error.column}</td>
                    <td>{localiseServerMessage(error.message, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
