import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { ContentError, throwContentErrors } from '../problems/content-error.ts';
import { hasProblems, problemData } from '../problems/content-problems.ts';
import { factTokensInStory } from './story-fact-tokens.ts';
import { contentRuleProblemsInFile } from '../remark/content-rules.ts';
import { frontMatterLines, writtenSlug } from './front-matter-lines.ts';
import { problemPrinter } from '../problems/problem-output.ts';
import { validateAll } from './validate.ts';
import { explainerSchema } from '../schemas/explainer.ts';
import { storyPattern } from '../build/shard.ts';

/** How glob() reads a file: Astro's entry type for its extension (given to loaders but not typed for them). */
interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
}
type GlobContext = LoaderContext & { entryTypes?: Map<string, EntryType> };

/**
 * The explainers: Astro's glob() over src/content/explainers/**\/*.mdx, with the front matter
 * checked here rather than by Astro, so that its mistakes come out as `path:line: field: message`,
 * every one at once ("dek is empty", "keyPoints has 2 points"…), when the file is loaded.
 *
 * A build stops at a bad story. `npm run dev` prints its problems and stores them with the front
 * matter as written (src/problems/content-problems.ts): the story's pages exist and show them until
 * the file is fixed.
 */
export function explainerLoader(): Loader {
  // Every story, or one shard's group of them (`npm run build -- --shard 2/4`).
  const files = glob({ base: './src/content/explainers', pattern: storyPattern() });
  return {
    name: 'explainer-stories',
    async load(context: GlobContext) {
      const root = fileURLToPath(context.config.root);
      const keepGoing = context.watcher !== undefined;
      const print = problemPrinter();
      const fromRoot = (path: string) => relative(root, path).split('\\').join('/');
      /** Each file's text as last read, for the lines of its front matter. */
      const texts = new Map<string, string>();
      /** Files whose front matter could not be read at all (a YAML syntax error), with that problem. */
      const unreadable = new Map<string, ContentError>();

      // Each file is read through its entry type: a YAML syntax error becomes that file's problem.
      const entryTypes =
        context.entryTypes &&
        new Map(
          [...context.entryTypes].map(([extension, type]): [string, EntryType] => [
            extension,
            {
              ...type,
              async getEntryInfo(params) {
                const file = fromRoot(fileURLToPath(params.fileUrl));
                texts.set(file, params.contents);
                unreadable.delete(file);
                try {
                  return await type.getEntryInfo(params);
                } catch (error) {
                  const problem = frontMatterSyntaxError(error, file);
                  if (!problem || !keepGoing) throw problem ?? error;
                  unreadable.set(file, problem);
                  // The same id as before (glob() takes it from the slug), so the page keeps its address.
                  const slug = writtenSlug(params.contents);
                  return { data: slug ? { slug } : {}, body: bodyOf(params.contents), slug, rawData: '' };
                }
              },
            },
          ]),
        );

      const globContext: GlobContext = {
        ...context,
        entryTypes,
        async parseData({ data, filePath = '' }) {
          const file = fromRoot(filePath);
          const cannotRead = unreadable.get(file);
          const text = texts.get(file) ?? readFileSync(filePath, 'utf8');
          texts.delete(file);
          // Lines are looked up only for a problem's message.
          let lineOf: ReturnType<typeof frontMatterLines> | undefined;
          const read = cannotRead
            ? ({ ok: false, errors: [cannotRead] } as const)
            : validateAll(explainerSchema, { data, lineOf: (path) => (lineOf ??= frontMatterLines(text))(path) }, file);
          // The body's content rules too, so dev lists them all with the front matter's (one line each).
          const body = [...factTokensInStory(text, file), ...contentRuleProblemsInFile(text, file)];
          const problems = [...(read.ok ? [] : read.errors), ...new Map(body.map((p) => [p.message, p])).values()];
          if (!keepGoing) throwContentErrors(problems);
          print(file, problems);
          // A story with problems keeps its front matter as written: its pages show the problems, never read it.
          if (!read.ok || problems.length > 0) return problemData(problems, data) as typeof data;
          return read.data as unknown as typeof data;
        },
        store: {
          ...context.store,
          set(entry) {
            // glob() skips a file whose digest it has stored: a story with problems is read again next time.
            const withProblems = hasProblems(entry);
            return context.store.set(withProblems ? { ...entry, digest: `${entry.digest}-with-problems` } : entry);
          },
        },
      };
      await files.load(globContext);
    },
  };
}

/** Astro's front-matter reader throws YAMLException with the file's line (see @astrojs/mdx). */
function frontMatterSyntaxError(error: unknown, file: string): ContentError | undefined {
  const e = error as { name?: string; reason?: string; message?: string; loc?: { line?: number } };
  if (e?.name !== 'YAMLException') return undefined;
  return new ContentError(
    file,
    e.loc?.line || 1,
    'front matter',
    `${e.reason ?? e.message} (check the indentation and quotes)`,
  );
}

/** The text after the front matter, so a story whose front matter does not parse keeps its figures. */
function bodyOf(contents: string): string {
  const match = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---[^\n]*\n?/.exec(contents);
  return (match ? contents.slice(match[0].length) : contents).trim();
}
