import { notificationText } from './notification-messages';

const about = { product: 'Samsung Galaxy A54', merchant: 'PhoneShop' };

describe('REMEDY_FULFILLED in French: the participle agrees with the remedy, and « que » elides (legal review, finding 13)', () => {
  it('« qu’une réparation … exécutée », « qu’un remplacement … exécuté », never « exécuté(e) » nor « que une »', () => {
    expect(notificationText('REMEDY_FULFILLED', { ...about, remedy: 'REPAIR' }, 'fr').body).toBe("Le client confirme qu'une réparation a bien été exécutée.");
    expect(notificationText('REMEDY_FULFILLED', { ...about, remedy: 'REPLACEMENT' }, 'fr').body).toBe("Le client confirme qu'un remplacement a bien été exécuté.");
    expect(notificationText('REMEDY_FULFILLED', { ...about, remedy: 'REFUND' }, 'fr').body).toBe("Le client confirme qu'un remboursement a bien été exécuté.");
    expect(notificationText('REMEDY_FULFILLED', { ...about, remedy: 'PRICE_REDUCTION', amount: '150.00', currency: 'EUR' }, 'fr').body).toMatch(/^Le client confirme qu'une réduction du prix \(150,00\s€\) a bien été exécutée\.$/);
    expect(notificationText('REMEDY_FULFILLED', { ...about, remedy: 'COMPENSATION' }, 'fr').body).toBe("Le client confirme qu'une indemnisation a bien été exécutée.");
    for (const remedy of ['REPAIR', 'REPLACEMENT', 'REFUND', 'PRICE_REDUCTION', 'COMPENSATION']) {
      expect(notificationText('REMEDY_FULFILLED', { ...about, remedy }, 'fr').body).not.toMatch(/\(e\)|que une|que un /);
    }
    expect(notificationText('REMEDY_FULFILLED', { ...about, remedy: 'REPAIR' }, 'en').body).toBe('The customer confirms that a repair was carried out.');
  });
});
