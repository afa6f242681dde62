import { defineConfig } from 'vitest/config';

export default defineConfig({
  // That inlined package ships source maps without their sources; vite warns about each file.
  logLevel: 'error',
  test: {
    include: ['packages/*/test/**/*.test.ts', 'actions/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    // Fixtures (repositories, releases through the API) are built in hooks; the machine is shared.
    hookTimeout: 30_000,
    pool: 'forks',
    // Each test file is its own module graph only where it needs one: the shared helpers, the double and the
    // actions load once per worker instead of once per file (every file cleans up what it starts).
    isolate: false,
    // Hooks every test file needs (a helper module imported once per worker cannot register them).
    setupFiles: ['test/setup.ts'],
    // @actions/workflow-parser imports its schema JSON without an import attribute, which Node refuses;
    // vite's transform loads it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
