import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // CLI tests spawn the built binary (npm test builds first); a cold node start can take a second.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        // The test files share their worker's modules (no isolation): each file would otherwise load
        // compromise and its lexicon again, half the suite's time. Nothing in src/ keeps state that a
        // test could leave behind for another.
        test: { name: 'shared', include: ['tests/**/*.test.ts'], exclude: ['tests/prefilter.test.ts'], isolate: false },
      },
      {
        extends: true,
        // vi.mock replaces a module for its own file only when that file has its own modules
        test: { name: 'isolated', include: ['tests/prefilter.test.ts'] },
      },
    ],
  },
});
