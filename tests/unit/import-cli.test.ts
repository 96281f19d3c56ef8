import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCommand, tempDir } from './cli-helpers.ts';

const SEED = 'tests/fixtures/wire/seed-000_b537e3962bc384f2.txt';
let dir: { path: string; remove: () => void };
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

const oneLine = (stderr: string): void => {
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
};

describe('npm run import', () => {
  it('writes the draft, prints its path and the date report, and queries the copy on stderr', () => {
    const run = runCommand('import', [SEED, '--date', '2016-03-14'], dir.path);
    expect(run.status).toBe(0);
    const path = join(dir.path, 'russia-will-begin-withdrawing-troops.mdx');
    expect(run.stdout.split('\n')[0]).toBe(path);
    expect(readFileSync(path, 'utf8')).toBe(
      readFileSync('tests/fixtures/wire/seed-000_b537e3962bc384f2.expected.mdx', 'utf8'),
    );
    expect(run.stdout).toContain('"Tuesday" -> 2016-03-15');
    expect(run.stdout).toContain('"more than a month ago" -> before 2016-02-14');
    expect(run.stderr).toBe(`${SEED}:9: warning: paragraph starts with ",": ", ollowing the surprise announcement…"\n`);
  });

  it('never overwrites an existing file', () => {
    const path = join(dir.path, 'russia-syria.mdx');
    writeFileSync(path, "a journalist's day of work\n");
    const run = runCommand('import', [SEED, '--slug', 'russia-syria'], dir.path);
    expect(run.status).toBe(1);
    oneLine(run.stderr);
    expect(run.stderr).toContain('already exists');
    expect(run.stdout).toBe('');
    expect(readFileSync(path, 'utf8')).toBe("a journalist's day of work\n");
  });

  it('leaves publishedAt empty and the dates unresolved without --date', () => {
    const run = runCommand('import', [SEED, '--slug', 'no-date'], dir.path);
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir.path, 'no-date.mdx'), 'utf8')).toContain('publishedAt: ""\n');
    expect(run.stdout).toContain('"Tuesday" -> ? (no --date given)');
  });

  it('reads UTF-16 text with a byte-order mark, as Word and Notepad save it', () => {
    const file = join(dir.path, 'story.txt');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('GENEVA (AP) — Talks resumed Monday.\r\n', 'utf16le')]),
    );
    const run = runCommand('import', [file, '--slug', 'utf16'], dir.path);
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir.path, 'utf16.mdx'), 'utf8')).toContain('\nGENEVA (AP) — Talks resumed Monday.\n');
  });

  const input = (name: string, bytes: Buffer | string): string => {
    const file = join(dir.path, name);
    writeFileSync(file, bytes);
    return file;
  };

  it.each([
    [
      'a missing file',
      () => ['tests/fixtures/wire/no-such-story.txt'],
      1,
      /cannot read tests\/fixtures\/wire\/no-such-story\.txt: no such file/,
    ],
    ['a folder', () => ['tests/fixtures/wire'], 1, /it is a folder/],
    ['an empty file', () => [input('empty.txt', '')], 1, /empty\.txt: the file is empty$/],
    ['a whitespace-only file', () => [input('blank.txt', ' \r\n\t\n\u00a0\n')], 1, /blank\.txt: the file has no text/],
    [
      'binary data',
      () => [input('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0a]))],
      1,
      /is binary, not plain text/,
    ],
    [
      'Windows-1252 text',
      () => [input('cp1252.txt', Buffer.from('MOSCOW \x97 Putin said \x93yes\x94.', 'latin1'))],
      1,
      /not UTF-8 text \(byte 0x97 on line 1/,
    ],
    ['no file', () => [], 2, /which file\?/],
    ['two files', () => [SEED, SEED], 2, /one file at a time/],
    ['an unknown flag', () => [SEED, '--force'], 2, /unknown option --force/],
    ['a flag without its value', () => [SEED, '--date'], 2, /--date needs a value/],
    [
      'an impossible --date',
      () => [SEED, '--date', '2016-02-31'],
      2,
      /--date "2016-02-31" is not a real date: February 2016 has 29 days$/,
    ],
    ['a --date that is not a day', () => [SEED, '--date', '2016-03'], 2, /"2016-03" is not a day/],
    [
      'a slug that is not lowercase-kebab',
      () => [SEED, '--slug', 'Russia_Syria'],
      2,
      /--slug "Russia_Syria" is not a lowercase-kebab slug.*e\.g\. russia-syria$/,
    ],
  ])('refuses %s with a one-line message and no draft', (_, args, status, message) => {
    const run = runCommand('import', args(), dir.path);
    expect(run.status).toBe(status);
    oneLine(run.stderr);
    expect(run.stderr.trimEnd()).toMatch(/^import: /);
    expect(run.stderr.trimEnd()).toMatch(message);
    expect(readdirSync(dir.path).filter((f) => f.endsWith('.mdx'))).toEqual([]);
  });

  it('prints its usage with --help', () => {
    const run = runCommand('import', ['--help'], dir.path);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^usage: npm run import -- <file\.txt>/);
    expect(existsSync(join(dir.path, 'undefined.mdx'))).toBe(false);
  });
});
