/**
 * The maximum document size (`--max-size`): how big one article, or one JSON Lines record, may be
 * before it is skipped, so that one huge input cannot exhaust memory or stall a batch.
 */

/**
 * Default limit: 10 MB. News articles are a few kilobytes; the largest in PolNeAR is under 40 KB, so
 * anything near this is not an article (a log, a dump, a file concatenating a whole archive).
 */
export const DEFAULT_MAX_SIZE = 10_000_000;

/** Unit multipliers, as GNU coreutils spells them: `KB` = 1000, `K` = `KiB` = 1024, and so on. */
const UNITS: Readonly<Record<string, number>> = {
  '': 1, B: 1,
  KB: 1e3, MB: 1e6, GB: 1e9,
  K: 2 ** 10, KIB: 2 ** 10,
  M: 2 ** 20, MIB: 2 ** 20,
  G: 2 ** 30, GIB: 2 ** 30,
};

/**
 * Parses a size such as `50MB`, `1.5 GB`, `512K`, `20MiB` or `1000000` (bytes; units in any case).
 * Returns undefined for anything else, or for a size under one byte.
 */
export function parseSize(value: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  if (match === null) return undefined;
  const unit = UNITS[match[2]!.toUpperCase()];
  if (unit === undefined) return undefined;
  const bytes = Math.floor(Number(match[1]) * unit);
  return bytes >= 1 && Number.isSafeInteger(bytes) ? bytes : undefined;
}

/** A size for messages: `10 MB`, `1.5 MB`, `512 bytes` (decimal units, as `ls -h --si`). */
export function formatSize(bytes: number): string {
  for (const [unit, size] of [['GB', 1e9], ['MB', 1e6], ['KB', 1e3]] as const) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}

/** The message for an input over the limit. */
export function tooLargeMessage(what: 'file' | 'record' | 'input', maxSize: number): string {
  return `skipped: ${what} is larger than --max-size ${formatSize(maxSize)}`;
}
