/**
 * Politeness: at most `concurrency` requests in flight overall, one at a time per host, and
 * at least `intervalMs` between the start of one request to a host and the next (longer when
 * the host's robots.txt asks for a crawl delay). 180 pages on a few dozen hosts still finish in
 * minutes, and no council's server sees more than one request a second from us.
 */
export interface PacerOptions {
  concurrency: number;
  intervalMs: number;
}

export class HostPacer {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  /** Per host: when the last request started, and the chain of work queued behind it. */
  private readonly hosts = new Map<string, { lastStart: number; tail: Promise<void> }>();
  private readonly delays = new Map<string, number>();

  constructor(private readonly options: PacerOptions) {}

  /** A host's own crawl delay (robots.txt), in ms; never shorter than the default interval. */
  setHostDelay(host: string, ms: number) {
    this.delays.set(host, Math.max(ms, this.options.intervalMs));
  }

  /** Runs `task` when both a global slot and the host's turn are free. */
  run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const entry = this.hosts.get(host) ?? { lastStart: 0, tail: Promise.resolve() };
    this.hosts.set(host, entry);
    const result = entry.tail.then(async () => {
      const wait = entry.lastStart + (this.delays.get(host) ?? this.options.intervalMs) - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      await this.acquire();
      entry.lastStart = Date.now();
      try {
        return await task();
      } finally {
        this.release();
      }
    });
    entry.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  private acquire(): Promise<void> {
    if (this.running < this.options.concurrency) {
      this.running += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release() {
    const next = this.waiting.shift();
    if (next) next();
    else this.running -= 1;
  }
}
