/** The import command's arguments: `<file.txt> [--slug <slug>] [--date YYYY-MM-DD]`. */
import { slugProblem } from '../importer/drafts/slug.ts';
import { checkStoryDate } from '../importer/wire/import-wire.ts';
import { DateError } from '../dates/index.ts';
import { CliError } from './run-cli.ts';

export const IMPORT_USAGE = 'usage: npm run import -- <file.txt> [--slug <slug>] [--date YYYY-MM-DD]';

export interface ImportArgs {
  help: boolean;
  file: string;
  slug?: string;
  date?: string;
}

const usage = (message: string): CliError => new CliError(`${message} (${IMPORT_USAGE})`, 2);
const bad = (message: string): CliError => new CliError(message, 2);

export function parseImportArgs(argv: string[]): ImportArgs {
  const args: ImportArgs = { help: false, file: '' };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { ...args, help: true };
    const flag = /^--(slug|date)(?:=(.*))?$/s.exec(arg);
    if (flag) {
      const name = flag[1] as 'slug' | 'date';
      const value = flag[2] ?? argv[++i];
      if (value === undefined || value === '') throw usage(`--${name} needs a value`);
      if (args[name] !== undefined) throw usage(`--${name} is given twice`);
      args[name] = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw usage(`unknown option ${arg}`);
    } else files.push(arg);
  }
  if (files.length === 0) throw usage('which file? give the wire story as a .txt file');
  if (files.length > 1) throw usage(`one file at a time (got ${files.length}: ${files.join(', ')})`);
  args.file = files[0]!;
  if (args.slug !== undefined) {
    const problem = slugProblem(args.slug);
    if (problem) throw bad(`--slug ${problem}`);
  }
  if (args.date !== undefined) {
    try {
      checkStoryDate(args.date);
    } catch (error) {
      if (error instanceof DateError) throw bad(`--date ${error.message}`);
      throw error;
    }
  }
  return args;
}
