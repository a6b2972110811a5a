import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { themeIn } from '../../apps/web/src/app/theme';
import { en } from '../../libs/locale/src/catalogue/en';
import { fr } from '../../libs/locale/src/catalogue/fr';

/**
 * Mantine's components name some of their own buttons in English (PasswordInput's eye is
 * "Toggle password visibility"): a screen reader said it on a French page. Each such word of a
 * component the app renders is given in the page's language by the theme (themeIn).
 */
const root = join(__dirname, '../../apps/web/src');
const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : /\.tsx?$/.test(name) ? [join(dir, name)] : []));
const mantine = join(__dirname, '../../node_modules/@mantine/core');

/** The components imported from @mantine/core anywhere in the app. */
const rendered = new Set(
  files(root).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/import \{([^}]*)\} from '@mantine\/core'/g)].flatMap((match) => match[1]!.split(',').map((name) => name.replace(/^\s*type\s+/, '').trim()).filter(Boolean))),
);

/** A component's own words: the aria-label it sets to a literal English text. */
const englishOf = (component: string): string[] => {
  const source = join(mantine, 'esm/components', component, `${component}.mjs`);
  return existsSync(source) ? [...readFileSync(source, 'utf8').matchAll(/"aria-label": "([^"]+)"/g)].map((match) => match[1]!) : [];
};

describe("Mantine's own words", () => {
  it('of every component the app renders are the page’s: the theme gives each', () => {
    expect(rendered).toContain('PasswordInput');
    const speaking = [...rendered].filter((component) => englishOf(component).length > 0);
    expect(speaking).toContain('PasswordInput');
    const given = Object.keys(themeIn({ showPassword: '' }).components ?? {});
    expect(speaking.filter((component) => !given.includes(component))).toEqual([]);
  });

  it('name the password’s eye button in French and in English', () => {
    const eye = (words: typeof fr | typeof en) => (themeIn({ showPassword: words['auth.showPassword'] }).components?.PasswordInput?.defaultProps as { visibilityToggleButtonProps?: Record<string, string> }).visibilityToggleButtonProps?.['aria-label'];
    expect(eye(fr)).toBe('Afficher le mot de passe');
    expect(eye(en)).toBe('Show the password');
  });
});
