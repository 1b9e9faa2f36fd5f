/**
 * The progress bar of a large batch, on stderr, redrawn in place:
 *
 *   claims: 1,204/20,000 documents   6% [==>                    ]  41.2/s  ETA 7m 36s
 *
 * It appears only when stderr is a terminal and the batch is large ({@link PROGRESS_MIN_DOCUMENTS}),
 * never on a pipe or a file, and not with `--quiet`. Messages printed meanwhile go above it
 * ({@link Progress.clear} before each). The total is unknown while the inputs are being counted, and
 * for JSON Lines and stdin; then it shows the count and the rate only.
 */

/** A batch of fewer documents than this shows no bar (it is over before a bar would help). */
export const PROGRESS_MIN_DOCUMENTS = 100;

/** Shortest time between two redraws, in milliseconds. */
const REDRAW_MS = 100;

/** What the bar writes to: stderr. */
export interface ProgressStream {
  write(text: string): unknown;
  columns?: number;
}

/** A progress bar; every method does nothing once the bar is stopped. */
export interface Progress {
  /** One more document done (read, analysed or failed). */
  tick(): void;
  /** The number of documents in the batch, once known. */
  setTotal(total: number): void;
  /** Erases the bar, so that a message can be printed; the next tick redraws it. */
  clear(): void;
  /** Erases the bar for good. */
  stop(): void;
}

/** `20,000`: digits grouped by three (Intl.NumberFormat would add about 10 ms to every start). */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
}

/** `7m 36s`, `1h 02m`, `12s`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** The bar's text for `done` of `total` documents after `seconds`, at most `width` characters. */
export function progressLine(done: number, total: number | undefined, seconds: number, width: number): string {
  const rate = seconds > 0 ? done / seconds : 0;
  const speed = `${rate.toFixed(1)}/s`;
  if (total === undefined || total < done) return `claims: ${grouped(done)} documents  ${speed}`.slice(0, width);
  const share = total === 0 ? 1 : done / total;
  const eta = rate > 0 ? `ETA ${formatDuration((total - done) / rate)}` : 'ETA ?';
  const head = `claims: ${grouped(done)}/${grouped(total)} documents ${String(Math.floor(share * 100)).padStart(3)}% `;
  const tail = `  ${speed}  ${eta}`;
  const room = Math.min(30, width - head.length - tail.length - 2);
  if (room < 5) return `${head.trimEnd()}${tail}`.slice(0, width);
  const filled = Math.min(room, Math.floor(share * room));
  const bar = `[${'='.repeat(filled)}${filled < room ? '>' : ''}${' '.repeat(Math.max(0, room - filled - 1))}]`;
  return `${head}${bar}${tail}`;
}

/** A bar drawn on `stream`; `now` gives milliseconds (injected by tests). */
export function createProgress(stream: ProgressStream, now: () => number = () => performance.now()): Progress {
  const started = now();
  let done = 0;
  let total: number | undefined;
  let shown = false;
  let stopped = false;
  let lastDraw = -Infinity;
  const large = () => Math.max(done, total ?? 0) >= PROGRESS_MIN_DOCUMENTS;
  const erase = () => {
    if (shown) stream.write('\r\u001b[2K');
    shown = false;
  };
  const draw = (force: boolean) => {
    const t = now();
    if (stopped || !large() || (!force && t - lastDraw < REDRAW_MS)) return;
    lastDraw = t;
    const width = Math.max(20, (stream.columns ?? 80) - 1);
    stream.write(`\r\u001b[2K${progressLine(done, total, (t - started) / 1000, width)}`);
    shown = true;
  };
  return {
    tick() {
      done += 1;
      draw(!shown);
    },
    setTotal(n) {
      total = n;
      draw(false);
    },
    clear: erase,
    stop() {
      erase();
      stopped = true;
    },
  };
}
