/** One line per stage of a long start, so a person sees what is happening and how long it took. */
export interface Progress {
  step<T>(label: string, work: () => Promise<T>): Promise<T>;
  info(message: string): void;
}

export function consoleProgress(
  write: (line: string) => void = (l) => process.stdout.write(`${l}\n`),
): Progress {
  return {
    async step(label, work) {
      const started = Date.now();
      write(`… ${label}`);
      try {
        const result = await work();
        write(`✔ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
        return result;
      } catch (error) {
        write(`✖ ${label}: ${(error as Error).message}`);
        throw error;
      }
    },
    info: (message) => write(`  ${message}`),
  };
}

export const silentProgress: Progress = { step: (_label, work) => work(), info: () => undefined };
