import { readFileSync } from 'node:fs';
import { verifyCaseFile } from '@recours/case-file';
import { runCommandLine } from '../lifecycle/command-line';

/**
 * `npm run verify:case-file -- <file> [<later file>]`: whether a case file (the .json or the PDF
 * recours exported) is intact and, if not, which event was altered; with a later export of the
 * same dispute, whether the first is the beginning of its chain. Exit code 0 when intact.
 */
async function main(paths: string[]): Promise<number> {
  if (paths.length === 0 || paths.length > 2) {
    console.error('usage: npm run verify:case-file -- <case-file.json|case-file.pdf> [<later case file>]');
    return 2;
  }
  const [file, later] = paths.map((path) => readFileSync(path));
  const result = await verifyCaseFile(file, later);
  if (result.unreadable) {
    console.log(`NOT READABLE: ${result.unreadable}`);
    return 1;
  }
  if (result.intact) console.log(`INTACT: dispute ${result.disputeId}, ${result.events} events, exported ${result.exportedAt}, head hash ${result.headHash}`);
  else if (result.alteredEventVersion !== null) console.log(`ALTERED: event ${result.alteredEventVersion}${result.alteredEventType ? ` (${result.alteredEventType})` : ''} does not match its hash`);
  else console.log('ALTERED: the events are intact, but the rest of the file was changed after export (its seal does not match)');
  if (result.prefixOfLater !== undefined) console.log(result.prefixOfLater ? 'PREFIX: the later export continues this chain unchanged' : 'NOT A PREFIX: the later export does not continue this chain');
  return result.intact && result.prefixOfLater !== false ? 0 : 1;
}

// 1 says the file was altered; a file that cannot be read at all ends with 2.
runCommandLine(() => main(process.argv.slice(2)), undefined, 2);
