/**
 * npm run import -- <file.txt> [--slug <slug>] [--date YYYY-MM-DD]
 *
 * Turns a wire story into a draft explainer, src/content/explainers/<slug>.mdx (or in
 * EXPLAINERS_DIR), and never overwrites one. Standard output: the new file's path, then every
 * date the story mentions as resolved against --date, and suggested timeline events as YAML.
 * Standard error: `file:line: warning: …` queries for the copy desk. Exit codes: see run-cli.ts.
 */
import { readFileSync } from 'node:fs';
import { decodeWire } from '../importer/wire/decode.ts';
import { importWire } from '../importer/wire/import-wire.ts';
import { WireError } from '../importer/wire/wire-error.ts';
import { writeDraft } from './draft-file.ts';
import { IMPORT_USAGE, parseImportArgs } from './import-args.ts';
import { CliError, runCli } from './run-cli.ts';

function readInput(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : (code ?? 'unreadable');
    throw new CliError(`cannot read ${file}: ${why}`);
  }
}

runCli('import', () => {
  const args = parseImportArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(`${IMPORT_USAGE}\n`);
    return;
  }
  let result;
  try {
    result = importWire(decodeWire(readInput(args.file)), { file: args.file, slug: args.slug, date: args.date });
  } catch (error) {
    if (error instanceof WireError) throw new CliError(`${args.file}: ${error.message}`);
    throw error;
  }
  const path = writeDraft(result.slug, result.mdx);
  for (const warning of result.warnings) process.stderr.write(`${warning}\n`);
  process.stdout.write(`${path}\n\n${result.report}`);
});
