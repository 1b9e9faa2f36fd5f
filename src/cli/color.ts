/**
 * Whether to colour output. In order: `--color` / `--no-color`; FORCE_COLOR (set and not `0` or
 * `false` → on; `0`/`false` → off; like Node, it beats NO_COLOR); NO_COLOR (set and not empty → off);
 * otherwise colour only when stdout is a terminal.
 */
export interface ColorInputs {
  /** The `--color` / `--no-color` flag, if given. */
  flag: boolean | undefined;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal. */
  isTTY: boolean;
}

/** Decides colour from the flag, the environment and the terminal. */
export function useColor({ flag, env, isTTY }: ColorInputs): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}
