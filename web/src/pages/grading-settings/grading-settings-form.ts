import type { GradingSettingsSave, GradingSettingsView } from '../../api/grading-settings.ts';

/** One editable row of the IPC → chain table: the prefix, and its chains as typed (`新材料；先进储能材料`). */
export interface IpcRow {
  key: number;
  prefix: string;
  chains: string;
}

/** The settings screen's form: the priority chains one per input, the table as rows. */
export interface GradingSettingsForm {
  priorityChains: string[];
  rows: IpcRow[];
  version: number;
}

let nextKey = 1;
/** A fresh row key, so a removed row's inputs never pass to the next. */
export const rowKey = () => nextKey++;

const CHAIN_SEPARATORS = /[,，、;；\n]+/;

/** What the server holds, as the form shows it. */
export function toForm(
  view: Pick<GradingSettingsView, 'priorityChains' | 'ipcChains' | 'version'>,
): GradingSettingsForm {
  return {
    priorityChains: [...view.priorityChains],
    rows: view.ipcChains.entries.map((entry) => ({
      key: rowKey(),
      prefix: entry.prefix,
      chains: entry.chains.join('；'),
    })),
    version: view.version,
  };
}

/**
 * The form as the API takes it: empty priority inputs and wholly empty rows dropped; a row's chains split on
 * any of ，、；; or a new line. A row with a prefix and no chain is sent as it is, for the API to name it.
 * Row indexes are kept in step with the rows shown, so an error's path (`ipcChains.entries.3.prefix`) names the
 * fourth row on screen; `shownRow` maps it back.
 */
export function toSave(form: GradingSettingsForm): { body: GradingSettingsSave; shownRow: number[] } {
  const kept = form.rows
    .map((row, shown) => ({ row, shown }))
    .filter(({ row }) => row.prefix.trim() !== '' || row.chains.trim() !== '');
  return {
    body: {
      priorityChains: form.priorityChains.map((chain) => chain.trim()).filter((chain) => chain !== ''),
      ipcChains: {
        entries: kept.map(({ row }) => ({
          prefix: row.prefix.trim(),
          chains: row.chains
            .split(CHAIN_SEPARATORS)
            .map((chain) => chain.trim())
            .filter((chain) => chain !== ''),
        })),
      },
      version: form.version,
    },
    shownRow: kept.map(({ shown }) => shown),
  };
}
