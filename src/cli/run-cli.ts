/**
 * How the journalist commands end: a one-line message and an exit code, never a stack trace.
 * Exit codes: 0 done (warnings included); 1 the input or the target file is unusable;
 * 2 the command line is wrong; 70 a bug in the command itself.
 */
import { DateError } from '../dates/index.ts';
import { WireError } from '../importer/wire/wire-error.ts';

export class CliError extends Error {
  code: number;
  constructor(message: string, code = 1) {
    super(message);
    this.name = 'CliError';
    this.code = code;
  }
}

export function runCli(name: string, main: () => void): void {
  try {
    main();
  } catch (error) {
    if (error instanceof CliError || error instanceof WireError || error instanceof DateError) {
      process.stderr.write(`${name}: ${error.message}\n`);
      process.exitCode = error instanceof CliError ? error.code : 1;
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `${name}: internal error: ${message.split('\n')[0]} (please report this with the input file)\n`,
    );
    process.exitCode = 70;
  }
}
