import { inputBounds, boundsOf } from '../../apps/web/src/graphql/field-bounds';
import { checkMessage, lengthLimit } from '../../apps/web/src/ui/form-checks';
import { withTemplate } from '../../apps/web/src/features/merchant/template-text';

/** Nothing a person typed is lost: a reply template is added, not put in its place; a long paste is refused with a sentence, not cut. */
describe('a reply template', () => {
  it('fills an empty field', () => {
    expect(withTemplate('', 'Bonjour,\nNous avons bien reçu…')).toBe('Bonjour,\nNous avons bien reçu…');
    expect(withTemplate('  \n', 'Modèle')).toBe('Modèle');
  });

  it('goes after what the agent typed, never over it', () => {
    expect(withTemplate('Madame, je regarde votre dossier.\n', 'Cordialement,\nLe SAV')).toBe('Madame, je regarde votre dossier.\n\nCordialement,\nLe SAV');
  });
});

describe('a text longer than the API takes', () => {
  const valid = { valid: true, valueMissing: false, tooShort: false, tooLong: false, typeMismatch: false, rangeUnderflow: false, rangeOverflow: false, stepMismatch: false, badInput: false, patternMismatch: false };

  it('is not cut by the browser: the inputs carry no maxLength, only the limit to check', () => {
    const bounds = inputBounds('postMessage', 'body');
    const max = boundsOf('postMessage', 'body').maxLength!;
    expect(max).toBeGreaterThan(0);
    expect(bounds).not.toHaveProperty('maxLength');
    expect(bounds['data-max-length']).toBe(max);
  });

  it('is said to be too long, with the limit, when the form is sent', () => {
    const max = lengthLimit(-1, '5000');
    expect(max).toBe(5000);
    expect(checkMessage({ validity: valid, type: 'textarea', value: 'x'.repeat(5001), maxLength: max })).toEqual({ key: 'form.tooLong', values: { max: 5000 } });
    expect(checkMessage({ validity: valid, type: 'textarea', value: 'x'.repeat(5000), maxLength: max })).toBeNull();
  });

  it('reads a browser maxLength first, and no limit when there is none', () => {
    expect(lengthLimit(120, null)).toBe(120);
    expect(lengthLimit(-1, null)).toBeUndefined();
    expect(lengthLimit(undefined, 'nope')).toBeUndefined();
  });
});
