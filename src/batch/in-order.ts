/**
 * The batch loop's ordering: items are read and their analyses started ahead, up to a window, and
 * handed on strictly in input order, each as soon as it and every item before it are done. Reading
 * never waits while the next item to hand on is ready (a map step answers each record as it comes),
 * and never runs more than `window` items ahead of the one being handed on (memory stays bounded
 * however many inputs there are).
 */
import type { Outcome } from './protocol.js';

/** An input item, with its analysis when it is a document. */
export interface Done<T> {
  item: T;
  /** What analysing it gave; undefined for items that are not analysed (errors, warnings). */
  outcome?: Outcome;
}

const READY = Symbol('ready');

interface Entry<T> {
  item: T;
  outcome?: Promise<Outcome>;
  /** Resolves once `outcome` has (at once for items without one). */
  ready: Promise<unknown>;
}

/**
 * Yields every item of `source` in order with its outcome. `start` begins an item's analysis (or
 * returns undefined when it has none); at most `window` items are started and not yet yielded.
 */
export async function* inOrder<T>(
  source: AsyncIterable<T>, start: (item: T) => Promise<Outcome> | undefined, window: number,
): AsyncGenerator<Done<T>> {
  const input = source[Symbol.asyncIterator]();
  const queue: Entry<T>[] = [];
  let next: Promise<IteratorResult<T>> | undefined;
  let ended = false;
  const take = (result: IteratorResult<T>) => {
    next = undefined;
    if (result.done === true) ended = true;
    else {
      const outcome = start(result.value);
      queue.push({ item: result.value, outcome, ready: outcome ?? Promise.resolve() });
    }
  };
  try {
    for (;;) {
      if (queue.length === 0) {
        if (ended) return;
        take(await (next ??= input.next()));
        continue;
      }
      if (!ended && queue.length < Math.max(1, window)) {
        // read ahead, unless the oldest item is ready first
        next ??= input.next();
        const first = await Promise.race([next, queue[0]!.ready.then((): typeof READY => READY)]);
        if (first !== READY) {
          take(first);
          continue;
        }
      }
      const head = queue.shift()!;
      yield head.outcome ? { item: head.item, outcome: await head.outcome } : { item: head.item };
    }
  } finally {
    // not awaited: a pending read (of stdin, say) may never settle
    if (!ended) input.return?.(undefined)?.catch(() => {});
  }
}
