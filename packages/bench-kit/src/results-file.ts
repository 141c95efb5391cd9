import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
// The repository's own formatter: a rerun leaves `prettier --check` green.
import { format, resolveConfig } from 'prettier';

/** Everything from this heading on is written by hand (before/after notes) and kept across runs. */
export const notesHeading = '## Notes';

/** `body` (generated, without notes) followed by the notes section of `previous`, or an empty notes heading when it has none. */
export function withKeptNotes(body: string, previous: string): string {
  const at = previous.search(new RegExp(`^${notesHeading}$`, 'm'));
  const notes = at === -1 ? `${notesHeading}\n\n(none yet)\n` : previous.slice(at);
  return `${body.trimEnd()}\n\n${notes}`;
}

/**
 * Rewrites a benchmark's results file: the generated `body`, then the notes kept from the file as
 * it was, formatted as the repository's prettier configuration says for that path.
 */
export async function writeResultsFile(url: URL, body: string): Promise<void> {
  const previous = await readFile(url, 'utf8').catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  });
  const filepath = fileURLToPath(url);
  const options = await resolveConfig(filepath);
  await writeFile(url, await format(withKeptNotes(body, previous), { ...options, filepath }));
}
