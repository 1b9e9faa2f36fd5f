import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // CLI tests spawn the built binary (npm test builds first); a cold node start can take a second.
    testTimeout: 30_000,
  },
});
