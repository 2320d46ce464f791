import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';

type Politeness = 'polite' | 'assertive';
type Announce = (message: string, politeness?: Politeness) => void;

const AnnouncerContext = createContext<Announce>(() => undefined);

/**
 * Two visually hidden live regions for feedback that is not otherwise in focus (a decision recorded,
 * new items in the inbox, a page loaded). Repeating the same text still gets read: the region is
 * cleared first and refilled on the next frame.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState<Record<Politeness, string>>({ polite: '', assertive: '' });
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);
  const announce = useCallback<Announce>((message, politeness = 'polite') => {
    setMessages((m) => ({ ...m, [politeness]: '' }));
    timers.current.push(setTimeout(() => setMessages((m) => ({ ...m, [politeness]: message })), 50));
  }, []);
  // A message due after the panel (or a test) unmounted is dropped, not set on a gone tree.
  useEffect(() => () => timers.current.forEach(clearTimeout), []);
  const value = useMemo(() => announce, [announce]);
  return (
    <AnnouncerContext.Provider value={value}>
      {children}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer-polite">
        {messages.polite}
      </div>
      <div className="visually-hidden" aria-live="assertive" aria-atomic="true">
        {messages.assertive}
      </div>
    </AnnouncerContext.Provider>
  );
}

export function useAnnounce(): Announce {
  return useContext(AnnouncerContext);
}
