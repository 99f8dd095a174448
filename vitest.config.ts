import { defineConfig } from 'vitest/config';

// Most test files share the loaded modules (src/, pdfkit, fonts) with the files
// before them in the same worker, which saves about a third of the suite's CPU
// time. These get a module graph of their own: the first three replace a module
// with vi.mock; the property test reads back every character of random text,
// and a PDF's text layer can lose characters depending on what the process
// rendered before (the parsed font and its glyph objects are shared across
// documents, src/render/pdf/fonts.ts); isolated, its documents render after
// the same ones as before, whatever order the files run in.
const isolated = ['test/cli/batch.test.ts', 'test/hostile/internal-error.test.ts', 'test/hostile/write.test.ts', 'test/hostile/property.test.ts'];

export default defineConfig({
  test: {
    // rebuilds what tests take from dist/ when src/ or schemas/ are newer
    globalSetup: ['test/helpers/fresh-build.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // two cores on CI; test/e2e/ spawns node besides
    maxWorkers: 2,
    projects: [
      // main() and the library from src/, in-process
      { extends: true, test: { name: 'src', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**', ...isolated], isolate: false } },
      { extends: true, test: { name: 'isolated', include: isolated } },
      // the built command (bin/agree.cjs), spawned
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], isolate: false } },
    ],
  },
});
