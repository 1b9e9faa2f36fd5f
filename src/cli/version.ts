/** The package version, read from package.json (two levels up from both src/cli and dist/cli). */
import { readFileSync } from 'node:fs';

let cached: string | undefined;

/** The `version` field of package.json. */
export function packageVersion(): string {
  cached ??= (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return cached;
}
