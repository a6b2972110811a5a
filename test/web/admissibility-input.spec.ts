import { admissibilityInput } from '../../apps/web/src/features/disputes/actions/admissibility-input';
import { fillMessage } from '../../apps/web/src/i18n/translate';
import { en } from '../../libs/locale/src/catalogue/en';
import { fr } from '../../libs/locale/src/catalogue/fr';

const draft = { admissible: true, reason: '', nextSteps: [], ground: '' as const, fileCompletedOn: '' };

describe('the admissibility form sends the day the file was complete only when the mediator gives one (R612-2, R612-5)', () => {
  it('left empty: nothing is sent, the server counts the 90 days from the request', () => {
    expect(admissibilityInput(draft)).toEqual({ admissible: true, reason: undefined, nextSteps: undefined, ground: undefined, fileCompletedOn: undefined });
    expect(admissibilityInput({ ...draft, fileCompletedOn: '  ' }).fileCompletedOn).toBeUndefined();
  });

  it('given: the day is sent, or the text as typed for the server to refuse on its field', () => {
    expect(admissibilityInput({ ...draft, fileCompletedOn: '2025-03-15' }).fileCompletedOn).toBe('2025-03-15');
    expect(admissibilityInput({ ...draft, fileCompletedOn: '32/03/2025' }).fileCompletedOn).toBe('32/03/2025');
  });

  it('not with a refusal, whose next steps and ground go instead', () => {
    const refusal = admissibilityInput({ ...draft, admissible: false, reason: 'Late', ground: 'LODGED_AFTER_ONE_YEAR', fileCompletedOn: '2025-03-15' });
    expect(refusal).toEqual({ admissible: false, reason: 'Late', nextSteps: [], ground: 'LODGED_AFTER_ONE_YEAR', fileCompletedOn: undefined });
  });

  it('the field says, in both languages, that the 90 days run from the request unless a later day is given', () => {
    expect(fillMessage(en['admissibility.fileCompletedOnHint'], { date: '6 Mar 2025' }, 'en')).toBe(
      'The 90 days for an outcome run from the receipt of the complete file, not from your decision (Articles R612-2 and R612-5 of the French Consumer Code): from the request, made on 6 Mar 2025, when it came with every document. Otherwise give the day you received the last one.',
    );
    expect(fillMessage(fr['admissibility.fileCompletedOnHint'], { date: '6 mars 2025' }, 'fr')).toContain('de la demande, faite le 6 mars 2025, si elle comportait toutes les pièces');
    expect([en['field.fileCompletedOn'], fr['field.fileCompletedOn']]).toEqual(['File complete on', 'Dossier complet le']);
  });
});
