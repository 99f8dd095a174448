import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // rebuilds what tests take from dist/ when src/ or schemas/ are newer
    globalSetup: ['test/helpers/fresh-build.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // two cores on CI; test/e2e/ spawns node besides
    maxWorkers: 2,
  },
});
