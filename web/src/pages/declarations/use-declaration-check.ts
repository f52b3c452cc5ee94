import { useEffect, useState } from 'preact/hooks';
import { ApiError, fieldErrors } from '../../api/client.ts';
import type { DeclarationInput, GuardView } from '../../api/declarations.ts';
import { useApp } from '../../app-context.ts';
import { localiseServerMessage } from '../../format/server-message.ts';

/** How long typing must pause before the form is checked again. */
export const CHECK_DEBOUNCE_MS = 400;

export interface DeclarationCheck {
  /** Every guard for the form as it stands; `null` until the form can be checked. */
  guards: GuardView | null;
  /** What the server could not read yet (a note too short, an e-mail address), by field. */
  incomplete: Record<string, string>;
  checking: boolean;
}

/**
 * The server's guards for the form, re-checked a moment after typing stops (`POST /api/declarations/check`,
 * nothing saved). `input` is `null` while the browser itself cannot build a request (an amount it cannot
 * read); a failed check keeps the last answer, so the form still works without it.
 */
export function useDeclarationCheck(input: DeclarationInput | null): DeclarationCheck {
  const { api, locale } = useApp();
  const [state, setState] = useState<DeclarationCheck>({ guards: null, incomplete: {}, checking: false });
  const key = input === null ? '' : JSON.stringify(input);

  useEffect(() => {
    if (key === '') {
      setState((previous) => ({ ...previous, checking: false }));
      return;
    }
    let live = true;
    setState((previous) => ({ ...previous, checking: true }));
    const timer = setTimeout(() => {
      api.declarations.check(JSON.parse(key) as DeclarationInput).then(
        (guards) => {
          if (live) setState({ guards, incomplete: {}, checking: false });
        },
        (error: unknown) => {
          if (!live) return;
          if (error instanceof ApiError && error.status === 400)
            setState({
              guards: null,
              incomplete: fieldErrors(error, (message) => localiseServerMessage(message, locale)),
              checking: false,
            });
          else setState((previous) => ({ ...previous, checking: false }));
        },
      );
    }, CHECK_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, key, locale]);

  return state;
}
