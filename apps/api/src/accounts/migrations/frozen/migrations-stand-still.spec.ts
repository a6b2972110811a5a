import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// A migration must do on a new database what it did on every database it upgraded: it may not
// call code that lives on and changes (the accounts' rules, a lib, an entity). SQL is written in
// the file; a rule SQL cannot express (IDNA, Unicode classes) is a frozen copy in ./frozen.
const ROOT = join(__dirname, '../../../../../..');
const TYPEORM_MIGRATIONS = ['apps/api/src/accounts/migrations', 'libs/read-models/src/schema/migrations', 'libs/notifications/src/schema/migrations'];
const STANDING_STILL = [/^typeorm$/, /^@recours\/database$/, /^node:/, /^\.\/frozen\//];

const importsOf = (source: string): string[] => [...source.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)].map((match) => match[1]);

describe('TypeORM migrations stand still', () => {
  const files = TYPEORM_MIGRATIONS.flatMap((folder) =>
    readdirSync(join(ROOT, folder))
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts'))
      .map((name) => join(ROOT, folder, name)),
  );
  const frozen = readdirSync(__dirname).filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts')).map((name) => join(__dirname, name));

  it('finds the migrations it guards', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each([...files, ...frozen].map((file) => [relative(ROOT, file), file]))('%s imports only what does not change', (_name, file) => {
    const moving = importsOf(readFileSync(file, 'utf8')).filter((target) => !STANDING_STILL.some((rule) => rule.test(target)));
    expect(moving).toEqual([]);
  });
});
