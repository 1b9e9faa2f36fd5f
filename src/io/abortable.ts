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
  const aborted = new Promise<typeof ABORTED>((resolve) => {
    if (signal.aborted) resolve(ABORTED);
    else signal.addEventListener('abort', () => resolve(ABORTED), { once: true });
  });
  let finished = false;
  try {
    for (;;) {
      const next = await Promise.race([iterator.next(), aborted]);
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
