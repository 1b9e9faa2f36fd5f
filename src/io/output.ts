/**
 * Writing output as it is produced, respecting back-pressure (a slow consumer in a pipeline slows us
 * down instead of filling memory) and stopping quietly when the reader goes away (`claims … | head`).
 */
import { once } from 'node:events';

/** Where formatted output goes. */
export interface Sink {
  /** Writes `text`; resolves when the stream can take more. Does nothing once {@link closed}. */
  write(text: string): Promise<void>;
  /** True once the reader has gone away (EPIPE) or the stream failed. */
  readonly closed: boolean;
}

/** Wraps `stream` so that write errors never surface as exceptions or stack traces. */
export function createSink(stream: NodeJS.WritableStream): Sink {
  let closed = false;
  stream.on('error', () => {
    closed = true;
  });
  return {
    get closed() {
      return closed;
    },
    async write(text: string): Promise<void> {
      if (closed || text === '') return;
      if (stream.write(text)) return;
      try {
        await once(stream, 'drain');
      } catch {
        closed = true;
      }
    },
  };
}
