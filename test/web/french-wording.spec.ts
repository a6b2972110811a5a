import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { en } from '../../libs/locale/src/catalogue/en';
import { fr } from '../../libs/locale/src/catalogue/fr';

/** French a native reader would not stumble on (review-web finding 12); the keys stay, the words change. */
const entries = Object.entries(fr) as Array<[keyof typeof fr, string]>;
const containing = (pattern: RegExp) => entries.filter(([, text]) => pattern.test(text)).map(([key]) => key);
/** The web app's components, where the catalogue's words are used. */
const root = join(__dirname, '../../apps/web/src');
const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : name.endsWith('.tsx') ? [join(dir, name)] : []));

describe('the French catalogue', () => {
  it('has no "escalader" (to climb): a claim is made to go up, "remontée" to the next level', () => {
    expect(containing(/escalad/i)).toEqual([]);
    expect(fr['action.escalate']).toBe('Faire remonter la réclamation');
    expect(fr['status.ESCALATED']).toBe('Remonté en interne');
    expect(fr['inbox.escalatedTo.SUPERVISOR']).toBe('Transmis au responsable');
  });

  it('has no English support channels', () => {
    expect(fr['merchant.hotline']).toBe('Assistance téléphonique');
    expect(fr['merchant.chat']).toBe('Discussion en ligne');
  });

  it('agrees "new" with a notification (feminine)', () => {
    expect(fr['notifications.new']).toBe('Nouvelle');
  });

  it('says the mediator is the least busy one of the body, not the body the least busy', () => {
    expect(containing(/organisme le moins chargé/)).toEqual([]);
    expect(fr['intake.lead']).toContain('au médiateur le moins chargé de l’organisme');
    expect(fr['absence.lead']).toContain('au médiateur le moins chargé de l’organisme');
  });

  it('welcomes a mediator back without wishing her a safe trip home', () => {
    expect(containing(/Bon retour/)).toEqual([]);
  });

  it('calls the merchant "professionnel" (the Code’s word), never "commerçant"', () => {
    expect(containing(/commerçant/i)).toEqual([]);
    expect(fr['statistics.merchant']).toBe('Professionnel');
    expect(fr['intake.merchant']).toBe('Professionnel');
  });

  it('uses one apostrophe, the typographic one', () => {
    expect(containing(/\p{L}'\p{L}/u)).toEqual([]);
  });

  it('says "adhérents" and "proposition" as everywhere else, and no calque for a resolved mediation', () => {
    expect(fr['sharedForAdvice.associationLead']).toContain('vos adhérents');
    expect(fr['templates.lead']).toContain('les conditions d’une proposition');
    expect(fr['mediationOutcome.CLOSED_AS_RESOLVED']).toBe('Clos, litige résolu');
  });

  // An example in a field is the reader's too (« nom@exemple.fr »): only a bare scheme is written in the component.
  it('takes every placeholder with words in it from the catalogue', () => {
    const written = files(root).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bplaceholder="([^"]*)"/g)].map((match) => match[1]!));
    expect(written.filter((text) => !/^[a-z]+:\/\/$/.test(text))).toEqual([]);
    expect(fr['webhooks.urlExample']).toBe('https://support.exemple.fr/recours');
  });

  // The browser writes its file input's button and "No file chosen" in its own language, whatever the page's.
  it('leaves no file input to the browser’s words: each is a FileChoice', () => {
    const inputs = files(root).filter((file) => /type="file"/.test(readFileSync(file, 'utf8'))).map((file) => file.slice(root.length + 1));
    expect(inputs).toEqual(['ui/FileChoice.tsx']);
    expect([fr['files.choose'], fr['files.noneChosen']]).toEqual(['Choisir un fichier', 'Aucun fichier choisi']);
  });

  // A label is said after « : » where a problem names its field (form.fieldProblem, « {label} : {message} »):
  // a label ending with its own colon read « Site web : : Indiquez une adresse web… ».
  it('has no colon at the end of a label: the sentence that names the field adds it', () => {
    const labels = new Set(files(root).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\blabel(?:=\{|:)\s*t\('([\w.]+)'/g)].map((match) => match[1]!)));
    expect(labels).toContain('associations.website');
    for (const key of Object.keys(fr)) if (key.startsWith('field.')) labels.add(key);
    const endsWithColon = (text: string | undefined) => /:\s*$/.test(text ?? '');
    expect([...labels].filter((key) => endsWithColon(fr[key as keyof typeof fr]) || endsWithColon(en[key as keyof typeof en]))).toEqual([]);
  });
});
