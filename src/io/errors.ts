/** Turning file-system failures into the one-line messages the CLI prints after the file name. */

/** Messages for the error codes a user is likely to meet, worded like the shell's. */
const MESSAGES: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  ELOOP: 'too many levels of symbolic links',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

/** A one-line description of `error`, without the path (the caller names the file) and no stack. */
export function describeError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code in MESSAGES) return MESSAGES[code]!;
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
  // node's own wording, without the code and the path: "ENXIO: no such device or address, open '/x'"
  const system = /^E[A-Z]+: (.+?), \w+ '.*'$/.exec(message);
  return system?.[1] ?? (message || 'unknown error');
}
