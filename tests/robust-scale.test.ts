/**
 * Issue 5 at full scale: a folder of 100,000 tiny files through the built binary. Too slow for every
 * `npm test` (on 2 cores: 11 s to write the files, 115 s to extract them, peak RSS 275 MB, of which
 * the library's heap stays near 22 MB), so it runs only when asked:
 *
 *   CLAIMS_SCALE_TEST=1 npx vitest run tests/robust-scale.test.ts
 *
 * robust.test.ts runs the same check over 1,000 files in every `npm test`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/claims.js');
const COUNT = Number(process.env.CLAIMS_SCALE_COUNT ?? 100_000);

describe.runIf(process.env.CLAIMS_SCALE_TEST === '1')(`a folder of ${COUNT} tiny files (built binary)`, () => {
  it('gives every file its claims, in order, with flat memory and no error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-scale-'));
    try {
      const started = performance.now();
      for (let k = 0; k < COUNT; k++) writeFileSync(join(dir, `${String(k).padStart(6, '0')}.txt`), `Officials said ${k} boats were moved.`);
      const written = performance.now();
      // /usr/bin/time would need installing; the child reports its own peak memory on exit instead
      const child = spawn(process.execPath, ['--import', 'data:text/javascript,process.on("exit",()=>process.stderr.write("rss "+process.resourceUsage().maxRSS+"\\n"))', BIN, 'extract', '-f', 'ndjson', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      let lines = 0;
      let last = '';
      let ordered = true;
      let pending = '';
      child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
      child.stdout.setEncoding('utf8').on('data', (s: string) => {
        const parts = (pending + s).split('\n');
        pending = parts.pop()!;
        for (const line of parts) {
          const doc = (JSON.parse(line) as { doc: string }).doc;
          if (doc < last) ordered = false;
          if (doc !== last) lines += 1;
          last = doc;
        }
      });
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
      const rss = Number(/rss (\d+)/.exec(stderr)?.[1] ?? 0);
      console.log(`${COUNT} files: written in ${seconds(written - started)}, extracted in ${seconds(performance.now() - written)}, peak RSS ${Math.round(rss / 1024)} MB`);
      expect(code).toBe(0);
      expect(stderr.replace(/^rss \d+\n/m, '')).toBe('');
      expect(lines).toBe(COUNT);
      expect(ordered).toBe(true);
      expect(rss / 1024).toBeLessThan(500);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 900_000);
});
