import { useState } from 'react';
import { useAnnounce } from '../ui/announcer';

/**
 * What every command form shares: one command at a time (busy), its error kept for the form to show,
 * and on success the message announced to screen readers and handed to `onDone`. `send` answers the
 * message, or null when it stopped before sending (a problem the form shows at its field).
 */
export function useCommand(onDone: (message: string) => void) {
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async (send: () => Promise<string | null>): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const message = await send();
      if (message === null) return;
      announce(message);
      onDone(message);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
