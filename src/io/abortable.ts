/**
 * Stopping a stream of inputs on Ctrl-C: the CLI passes an AbortSignal that the bin aborts on SIGINT
 * or SIGTERM, and reading ends at once, even while it waits for standard input, so the output holds
 * only whole documents.
 */

/** Yields the items of `source` until `signal` aborts (then returns without waiting for the next one). */
export async function* untilAborted<T>(source: AsyncIterable<T>, signal: AbortSignal | undefined): AsyncGenerator<T> {
  if (signal === undefined) {
    yield* source;
    return;
  }
  const iterator = source[Symbol.asyncIterator]();
  let finished = false;
  try {
    for (;;) {
      const next = await nextOrAbort(iterator, signal);
      if (next === ABORTED) return;
      if (next.done === true) {
        finished = true;
        return;
      }
      yield next.value;
    }
  } finally {
    // not awaited: after an abort the pending read (of stdin, say) may never settle
    if (!finished) iterator.return?.(undefined).catch(() => {});
  }
}

const ABORTED = Symbol('aborted');

/**
 * The iterator's next item, or ABORTED as soon as `signal` aborts. Not `Promise.race` with one
 * promise for the whole run: each race leaves a reaction on a promise that never settles, holding
 * the item it raced for, so every document read stayed in memory (20,000 articles: 1.2 GB).
 */
function nextOrAbort<T>(iterator: AsyncIterator<T>, signal: AbortSignal): Promise<IteratorResult<T> | typeof ABORTED> {
  if (signal.aborted) return Promise.resolve(ABORTED);
  return new Promise((resolve, reject) => {
    const abort = () => resolve(ABORTED);
    signal.addEventListener('abort', abort, { once: true });
    iterator.next().then(
      (result) => (signal.removeEventListener('abort', abort), resolve(result)),
      (error: unknown) => (signal.removeEventListener('abort', abort), reject(error)),
    );
  });
}
