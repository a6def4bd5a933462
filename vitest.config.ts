import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // The output tests share one build of the real content; running files in parallel would
    // start several Chromiums on a 2-core machine.
    fileParallelism: false,
  },
});
