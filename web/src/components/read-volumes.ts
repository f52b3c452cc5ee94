import type { ExpectedVolume, ExpectedVolumes } from '../api/royalty.ts';
import { parseYuan } from '../format/money.ts';

/** The calculator's inputs as typed, one per volume. */
export type VolumeInputs = Record<ExpectedVolume, string>;

export const EMPTY_VOLUME_INPUTS: VolumeInputs = { yearlySalesFen: '', yearlyProfitFen: '', yearlyUnits: '' };

/** Reads the typed estimates: money in yuan (`500万` too), units as a whole number; errors by volume. */
export function readVolumes(
  volumes: readonly ExpectedVolume[],
  inputs: VolumeInputs,
  messages: { required: string; invalidAmount: string; invalidUnits: string },
): { ok: true; volumes: ExpectedVolumes } | { ok: false; errors: Partial<Record<ExpectedVolume, string>> } {
  const read: ExpectedVolumes = {};
  const errors: Partial<Record<ExpectedVolume, string>> = {};
  for (const volume of volumes) {
    const text = inputs[volume].trim();
    if (text === '') {
      errors[volume] = messages.required;
    } else if (volume === 'yearlyUnits') {
      const units = text.normalize('NFKC').replace(/[,\s件]/g, '');
      if (/^\d{1,15}$/.test(units)) read.yearlyUnits = Number(units);
      else errors[volume] = messages.invalidUnits;
    } else {
      const parsed = parseYuan(text);
      if (parsed.ok && parsed.fen !== undefined) read[volume] = parsed.fen;
      else errors[volume] = messages.invalidAmount;
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, volumes: read };
}
