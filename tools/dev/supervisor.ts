import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { pipeLines, stopChild } from './child-process';

export interface SupervisedOptions {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd?: string;
  onLine?: (line: string) => void;
  /** Restart backoff: first delay, doubled per quick crash, capped. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** A run longer than this resets the backoff. */
  stableAfterMs?: number;
  stopGraceMs?: number;
}

export interface SupervisorEvents {
  spawn: [pid: number];
  exit: [info: { code: number | null; signal: NodeJS.Signals | null; restartInMs: number | null }];
}

/**
 * Keeps one child process running: a crash (any exit we did not ask for) is logged and followed by a
 * restart after an exponential backoff. stop() ends it for good with SIGTERM, then SIGKILL.
 */
export class SupervisedProcess extends EventEmitter<SupervisorEvents> {
  private child?: ChildProcess;
  private stopping = false;
  private backoffMs: number;
  private restartTimer?: NodeJS.Timeout;
  restarts = 0;

  constructor(private readonly options: SupervisedOptions) {
    super();
    this.backoffMs = options.initialBackoffMs ?? 500;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  start(): void {
    const startedAt = Date.now();
    const child = spawn(this.options.command, this.options.args, {
      cwd: this.options.cwd,
      env: { ...this.options.env, EXIT_WITH_PARENT: '1' },
      // stdin stays open as a lifeline: when the supervisor dies, it closes and the child shuts down.
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child = child;
    pipeLines(child, this.options.onLine);
    child.once('spawn', () => this.emit('spawn', child.pid ?? -1));
    child.once('exit', (code, signal) => {
      if (this.stopping) return;
      if (Date.now() - startedAt > (this.options.stableAfterMs ?? 30_000))
        this.backoffMs = this.options.initialBackoffMs ?? 500;
      const delay = this.backoffMs;
      this.backoffMs = Math.min(this.backoffMs * 2, this.options.maxBackoffMs ?? 30_000);
      this.emit('exit', { code, signal, restartInMs: delay });
      this.restarts++;
      this.restartTimer = setTimeout(() => this.start(), delay);
    });
  }

  /** Sends a signal to the current child (tests use SIGKILL to simulate a crash). */
  kill(signal: NodeJS.Signals): void {
    this.child?.kill(signal);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    if (this.child) await stopChild(this.child, this.options.stopGraceMs ?? 15_000);
  }
}
