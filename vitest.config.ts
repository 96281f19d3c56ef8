import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` (pure functions, charts, remark plugins: fast), `build`
 * (one real build in a temporary folder, shared by every assertion on its HTML) and `dev`
 * (one real `astro dev` server on a temporary copy, files edited while it runs).
 * `npx vitest run --project unit` skips the build while working.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'tests/unit/**/*.test.ts',
            'tests/charts/**/*.test.ts',
            'tests/maps/**/*.test.ts',
            'tests/story/**/*.test.ts',
          ],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'build',
          environment: 'node',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/build/global-setup.ts'],
          testTimeout: 600_000,
          hookTimeout: 900_000,
          // Builds are CPU-heavy; one file at a time keeps two cores from thrashing.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'dev',
          environment: 'node',
          include: ['tests/dev/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
