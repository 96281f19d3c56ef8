// Lint: typescript-eslint's recommended rules, unused code, and the layers of DESIGN §5 as import
// boundaries (data flows one way: schemas -> story model -> pure figure modules -> site). Astro
// components are checked by `astro check` (TypeScript strict) instead.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports a layer may not make: each pattern with the reason a journalist-facing bug would follow. */
const astroRuntime = { group: ['astro:*'], message: 'Only src/site, components and pages talk to Astro’s runtime.' };
const site = {
  group: ['**/site/**', '**/components/**', '**/pages/**', '**/layouts/**'],
  message: 'A lower layer must not reach up into the site.',
};
const story = {
  group: ['**/story/**'],
  message: 'Figure modules are pure: they are given a figure model, not a story.',
};
const figures = { group: ['**/figures/**'], message: 'The ground floor sits below the figure modules.' };
const schemas = { group: ['**/schemas/**'], message: 'The ground floor sits below the schemas.' };
const loaders = { group: ['**/loaders/**'], message: 'This layer sits below the loaders.' };
const provenance = { group: ['**/provenance/**'], message: 'This layer sits below provenance (as-of, quotes, facts).' };
const render = { group: ['**/render/**'], message: 'Rendering sits above this layer.' };
const importer = { group: ['**/importer/**', '**/cli/**'], message: 'The site never depends on the wire importer.' };

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.astro/',
      '.cache/',
      'tests/fixtures/',
      'tests/browser/screenshots/',
      '.build-tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      'no-unused-private-class-members': 'error',
      // The importer and the tests strip control characters and terminal colours on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    // Browser gates run functions inside the page (page.evaluate).
    files: ['tests/browser/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/schemas/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            astroRuntime,
            site,
            story,
            importer,
            loaders,
            provenance,
            render,
            { group: ['**/figures/**'], message: 'Schemas sit below the figure modules.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/figures/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [astroRuntime, site, story, importer] }] },
  },
  {
    files: ['src/story/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [astroRuntime, site, importer] }] },
  },
  {
    files: ['src/importer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            astroRuntime,
            site,
            story,
            { group: ['**/figures/**'], message: 'The importer writes MDX; it draws nothing.' },
          ],
        },
      ],
    },
  },
  {
    // The build cache: given keys and bytes, it knows no story and no page.
    files: ['src/build/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            astroRuntime,
            importer,
            site,
            story,
            { group: ['**/figures/**'], message: 'The build cache stores any task’s output; it draws nothing.' },
          ],
        },
      ],
    },
  },
  {
    // The ground floor: dates, number and CSV formats, content errors, words and editions. No other layer.
    files: ['src/dates/**', 'src/format/**', 'src/problems/**', 'src/words/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [astroRuntime, importer, site, story, figures, schemas, loaders, provenance, render] },
      ],
    },
  },
  {
    // Loaders read files into checked records; they know no story, figure or page.
    files: ['src/loaders/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [astroRuntime, importer, site, story, figures, provenance, render] },
      ],
    },
  },
  {
    // Provenance (as-of, quotes, facts, cited sources) works on loaded records, below the story model.
    files: ['src/provenance/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [astroRuntime, importer, site, story, figures, render] }] },
  },
  {
    // The one DOM and the worker pool: given plain data, they draw; they know no story.
    files: ['src/render/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [astroRuntime, importer, site, story, loaders] }] },
  },
);
