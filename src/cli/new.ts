/**
 * npm run new -- <slug>
 *
 * Creates src/content/explainers/<slug>.mdx (or in EXPLAINERS_DIR) as a draft with no date yet
 * (the journalist writes the day it runs) and commented examples of every figure tag. Never
 * overwrites. Exit codes: see run-cli.ts.
 */
import { slugProblem } from '../importer/drafts/slug.ts';
import { scaffoldMdx } from '../importer/drafts/scaffold.ts';
import { writeDraft } from './draft-file.ts';
import { CliError, runCli } from './run-cli.ts';

const USAGE = 'usage: npm run new -- <slug>   (lowercase-kebab, e.g. russia-syria-withdrawal)';

runCli('new', () => {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const unknown = args.find((a) => a.startsWith('-'));
  if (unknown) throw new CliError(`unknown option ${unknown} (${USAGE})`, 2);
  if (args.length !== 1) throw new CliError(`${args.length ? 'one slug at a time' : 'which slug?'} (${USAGE})`, 2);
  const slug = args[0]!;
  const problem = slugProblem(slug);
  if (problem) throw new CliError(problem, 2);
  const path = writeDraft(slug, scaffoldMdx());
  process.stdout.write(
    `${path}\n\nNext steps:\n  1. Edit ${path}: headline, dateline, publishedAt (the day it runs), credit, the story, key points.\n  2. Run npm run dev and open /explainers/${slug}/ (drafts show in dev only).\n  3. Set draft: false when it is ready to publish.\n`,
  );
});
