import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHOICES, choicesInWords } from './choice-words';

/** The values of the schema's enum `name`, one a line, maybe followed by a @deprecated(…). */
const schema = readFileSync(join(__dirname, '../../../../schema.gql'), 'utf8');
const valuesOf = (name: string) =>
  new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(schema)?.[1]!.split('\n').map((line) => line.trim().split(/\s/)[0]!).filter((word) => /^[A-Z][A-Z_]*$/.test(word)) ?? [];

describe('a list a person picks from is named by its labels, never by its values', () => {
  it.each(CHOICES.map((choice) => [choice]))('%s: every value of the schema’s enum has its label in French and English', (choice) => {
    const values = valuesOf(choice);
    expect(values.length).toBeGreaterThan(1);
    for (const locale of ['fr', 'en'] as const) {
      const words = choicesInWords(choice, values, locale);
      expect(words).not.toBeNull();
      for (const value of values) expect(words).not.toMatch(new RegExp(`\\b${value}\\b`));
    }
  });

  it('lists them as a sentence does, quoted in the reader’s way', () => {
    expect(choicesInWords('GoodsCondition', ['NEW', 'USED'], 'fr')).toBe('« Neuf » ou « Occasion »');
    expect(choicesInWords('GoodsCondition', ['NEW', 'USED'], 'en')).toBe('“New” or “Used”');
    expect(choicesInWords('SaleChannel', ['DISTANCE', 'OFF_PREMISES', 'ON_PREMISES'], 'en')).toBe(
      '“At a distance (online, by phone or by post)”, “Off premises (at home, at work, on a trip organised by the seller)” or “On the seller’s premises”',
    );
    expect(choicesInWords('RightsSupplyKind', ['GOODS'], 'fr')).toBe('« Un bien »');
  });

  it('says nothing (null) for a list it does not know or a value without a label, so the caller does not list codes', () => {
    expect(choicesInWords(undefined, ['NEW'], 'fr')).toBeNull();
    expect(choicesInWords('ActorKind', ['CONSUMER'], 'fr')).toBeNull();
    expect(choicesInWords('GoodsCondition', ['NEW', 'REFURBISHED'], 'en')).toBeNull();
  });
});
