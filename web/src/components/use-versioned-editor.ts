import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client.ts';
import { newIdempotencyKey } from '../api/idempotency-key.ts';
import { useApp } from '../app-context.ts';
import { go } from '../router/use-hash-location.ts';

export interface VersionedEditorOptions<Loaded, Form> {
  /**
   * Reads what the editor edits (the record, and whatever else its form starts from); `null` when there is
   * nothing to read and the form starts at once. Keep it stable (`useCallback`): a new function reads again.
   */
  load: (() => Promise<Loaded>) | null;
  /** The form for what was read, or (nothing to read) the form a new record starts from. */
  toForm: (loaded: Loaded | null) => Form;
  /** Where the editor goes when the record cannot be read. */
  listHref: string;
  /** Error codes the editor shows as its own banner (besides `stale_version`), not as field errors. */
  refusals?: readonly string[];
}

export interface SaveSteps<Saved> {
  /** Creates the record under `idempotencyKey`, or updates it under the version last read. */
  write: (idempotencyKey: string) => Promise<Saved>;
  /** What follows the write: a transition (publish, submit), the toast, the way to the record. */
  after: (saved: Saved) => Promise<void> | void;
  /** When `after` fails the record is saved all the same: the failure is reported and the record shown here. */
  show?: (saved: Saved) => void;
}

/**
 * The life of an editor of a versioned record: read it (a failed read goes back to the list), keep the form,
 * and save once at a time (`busy` names which button is working) under one idempotency key per record
 * created — kept when the network failed so a retry cannot create a second record, renewed otherwise. A
 * stale write (409 `stale_version`) or a refusal the editor names becomes `problem` for a banner; other
 * refusals become field errors and a toast. `reload` reads again and clears the problem and the errors.
 *
 * @example
 * const editor = useVersionedEditor<Bundle, BundleForm, 'save'>({ load, toForm, listHref: screenHref('bundles') });
 * void editor.save('save', { write: (key) => api.bundles.create(input, key), after: (saved) => go(…) });
 */
export function useVersionedEditor<Loaded, Form, Mode extends string = 'save'>({
  load,
  toForm,
  listHref,
  refusals = [],
}: VersionedEditorOptions<Loaded, Form>) {
  const { reportError, fieldErrorsOf } = useApp();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [form, setForm] = useState<Form | null>(() => (load === null ? toForm(null) : null));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<Mode | null>(null);
  const idempotencyKey = useRef(newIdempotencyKey());
  // The latest toForm without reading again whenever the caller's closure changes.
  const toFormNow = useRef(toForm);
  toFormNow.current = toForm;

  const reload = useCallback(async () => {
    if (load === null) return;
    try {
      const answer = await load();
      setLoaded(answer);
      setForm(toFormNow.current(answer));
      setFieldErrors({});
      setProblem(null);
    } catch (error) {
      reportError(error);
      go(listHref, { replace: true });
    }
  }, [load, listHref, reportError]);
  useEffect(() => {
    void reload();
  }, [reload]);

  async function save<Saved>(mode: Mode, steps: SaveSteps<Saved>): Promise<void> {
    setBusy(mode);
    let saved: { record: Saved } | null = null;
    try {
      saved = { record: await steps.write(idempotencyKey.current) };
      idempotencyKey.current = newIdempotencyKey();
      await steps.after(saved.record);
    } catch (error) {
      if (saved) {
        reportError(error);
        steps.show?.(saved.record);
        return;
      }
      if (!(error instanceof ApiError && error.status === 0)) idempotencyKey.current = newIdempotencyKey();
      if (error instanceof ApiError && (error.code === 'stale_version' || refusals.includes(error.code)))
        setProblem(error.code);
      else {
        setFieldErrors(fieldErrorsOf(error));
        reportError(error);
      }
    } finally {
      setBusy(null);
    }
  }

  return { loaded, form, setForm, reload, fieldErrors, setFieldErrors, problem, busy, save };
}

export type VersionedEditor<Loaded, Form, Mode extends string = 'save'> = ReturnType<
  typeof useVersionedEditor<Loaded, Form, Mode>
>;
