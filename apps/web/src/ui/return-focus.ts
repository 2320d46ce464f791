import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Where the focus goes back to when a form opened from a row of a list closes (saved or cancelled):
 * that row's button, once the list shows it (a new row appears only after the list is read again).
 * Without it the closed form takes the focus with it, to <body>, and a keyboard user starts over.
 */
export function useReturnFocus(shown: unknown) {
  const buttons = useRef(new Map<string, HTMLElement>());
  const [pending, setPending] = useState<string | null>(null);
  useEffect(() => {
    if (pending === null) return;
    const button = buttons.current.get(pending);
    if (!button) return;
    button.focus();
    setPending(null);
  }, [pending, shown]);
  /** The ref of the button of the row `key`. */
  const buttonOf = useCallback(
    (key: string) => (el: HTMLElement | null) => {
      if (el) buttons.current.set(key, el);
      else buttons.current.delete(key);
    },
    [],
  );
  return { buttonOf, returnTo: setPending };
}
