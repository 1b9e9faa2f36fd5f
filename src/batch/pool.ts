/**
 * Pools of analysis worker threads (node:worker_threads), for `--jobs N`. Documents wait in one queue
 * and go to whichever worker is free, one at a time each. A pool starts one worker at once and more
 * only when documents wait, so a single article uses a single worker. A worker that dies fails the
 * document it held (an `analysis thread stopped` outcome) and is replaced for the next one.
 *
 * One pool per size lives as long as the process: a batch takes a {@link Session} of it and gives it
 * back, and idle workers do not keep the process alive (`unref`). So a process that runs several
 * batches (the tests run the CLI in-process) starts its threads once.
 */
import { Worker } from 'node:worker_threads';
import type { ExtractOptions } from '../options.js';
import type { Analyzer } from './analyzer.js';
import type { Answer, Job, Outcome } from './protocol.js';

/**
 * The worker's entry point, as built. The same relative path holds from `dist/batch/` and from
 * `src/batch/` (tests run the sources; `npm test` builds first), since threads run JavaScript only.
 */
const WORKER_URL = new URL('../../dist/batch/worker.js', import.meta.url);

/**
 * Heap limit of a worker, in MB. Any limit makes V8 collect sooner than its default (sized from the
 * machine's memory): on 2,000 generated 10 KB articles with 2 workers, peak RSS went from 393 MB to
 * 250 MB, the same claims. The live heap of a worker is about 20 MB, and this is room for a 5 MB
 * article; a larger one that needs more fails alone (`analysis thread stopped: … out of memory`).
 */
const WORKER_HEAP_MB = 1024;

/** The outcome of a document whose batch stopped before it was analysed. */
const STOPPED: Outcome = { error: 'analysis stopped' };

interface Pending {
  job: Job;
  session: object;
  resolve: (outcome: Outcome) => void;
}

interface Slot {
  worker: Worker;
  /** The document it is analysing. */
  busy?: Pending;
  /** Why it stopped, when it threw. */
  failure?: string;
}

/** Up to `size` workers analysing documents. */
class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;

  constructor(private readonly size: number) {}

  /** A batch's share of the pool: documents it queues, and a close that drops those still queued. */
  session(window: number): Analyzer {
    const session = {};
    if (this.slots.length === 0) this.start(); // loads while the batch reads its first input
    return {
      window,
      analyze: (text: string, options: ExtractOptions) =>
        new Promise<Outcome>((resolve) => {
          this.queue.push({ job: { id: this.nextId++, text, options }, session, resolve });
          this.dispatch();
        }),
      close: async () => {
        for (let k = this.queue.length - 1; k >= 0; k--) {
          if (this.queue[k]!.session === session) this.queue.splice(k, 1)[0]!.resolve(STOPPED);
        }
      },
    };
  }

  /** Hands queued documents to free workers, starting workers up to `size`. */
  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => s.busy === undefined) ?? (this.slots.length < this.size ? this.start() : undefined);
      if (!slot) return;
      const pending = this.queue.shift()!;
      slot.busy = pending;
      slot.worker.ref();
      slot.worker.postMessage(pending.job);
    }
  }

  private start(): Slot {
    const slot: Slot = { worker: new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } }) };
    slot.worker.unref();
    slot.worker.on('message', (answer: Answer) => {
      const pending = slot.busy;
      slot.busy = undefined;
      slot.worker.unref();
      if (pending?.job.id === answer.id) pending.resolve(outcomeOf(answer));
      this.dispatch();
    });
    slot.worker.on('error', (error: Error) => {
      slot.failure = error.message.split('\n')[0];
    });
    slot.worker.on('exit', (code) => {
      const at = this.slots.indexOf(slot);
      if (at >= 0) this.slots.splice(at, 1);
      slot.busy?.resolve({ error: `analysis thread stopped: ${slot.failure ?? `exit code ${code}`}` });
      slot.busy = undefined;
      this.dispatch();
    });
    this.slots.push(slot);
    return slot;
  }
}

function outcomeOf(answer: Answer): Outcome {
  return 'error' in answer ? { error: answer.error } : { claims: answer.claims, diagnostics: answer.diagnostics };
}

const pools = new Map<number, WorkerPool>();

/** A session of the process's pool of `size` workers, reading up to `window` documents ahead. */
export function poolSession(size: number, window: number): Analyzer {
  let pool = pools.get(size);
  if (!pool) pools.set(size, (pool = new WorkerPool(size)));
  return pool.session(window);
}
