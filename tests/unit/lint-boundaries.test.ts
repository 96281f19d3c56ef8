import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layers of DESIGN §5 hold because the linter refuses an import that crosses one the wrong way. */
const eslint = new ESLint({ cwd: process.cwd() });
const problems = async (path: string, code: string) =>
  (await eslint.lintText(code, { filePath: path })).flatMap((result) => result.messages.map((m) => m.ruleId));

describe('import boundaries', () => {
  it.each([
    ['src/figures/charts/forms/pie.ts', "import { getCollection } from 'astro:content';\nvoid getCollection;\n"],
    ['src/figures/charts/forms/pie.ts', "import { loadStory } from '../../../site/load-story.ts';\nvoid loadStory;\n"],
    ['src/render/extra.ts', "import { getEntry } from 'astro:content';\nvoid getEntry;\n"],
    [
      'src/figures/charts/forms/pie.ts',
      "import type { StoryModel } from '../../../story/model.ts';\nexport type X = StoryModel;\n",
    ],
    ['src/story/extra.ts', "import { siteData } from '../site/site-data.ts';\nvoid siteData;\n"],
    ['src/schemas/extra.ts', "import { chartForm } from '../figures/charts/forms/index.ts';\nvoid chartForm;\n"],
    ['src/loaders/extra.ts', "import { parseWire } from '../importer/wire/parse-wire.ts';\nvoid parseWire;\n"],
    ['src/build/extra.ts', "import { loadStory } from '../site/load-story.ts';\nvoid loadStory;\n"],
    ['src/build/extra.ts', "import { chartForm } from '../figures/charts/forms/index.ts';\nvoid chartForm;\n"],
    ['src/schemas/extra.ts', "import { factIndex } from '../provenance/facts.ts';\nvoid factIndex;\n"],
    ['src/loaders/extra.ts', "import { buildStoryModel } from '../story/model.ts';\nvoid buildStoryModel;\n"],
    ['src/dates/extra.ts', "import { parseSources } from '../loaders/data-files.ts';\nvoid parseSources;\n"],
  ])('refuses in %s: %s', async (path, code) => {
    expect(await problems(path, code)).toContain('no-restricted-imports');
  });

  it('allows the flow the design wants, and flags unused code', async () => {
    expect(
      await problems(
        'src/story/extra.ts',
        "import { chartForm } from '../figures/charts/forms/index.ts';\nvoid chartForm;\n",
      ),
    ).toEqual([]);
    expect(await problems('src/format/extra.ts', 'const unused = 1;\n')).toContain('@typescript-eslint/no-unused-vars');
  });
});
