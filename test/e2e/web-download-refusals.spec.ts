import { DocumentRefused } from '../../apps/web/src/features/files/document-refused';

describe('the web app’s download button: what it tells the reader of a refused download', () => {
  it('the server’s own words for a refusal of her request (429: too many downloads) and for 503 (too many documents being produced); its generic words for a fault', () => {
    const tooMany = 'Vous avez téléchargé beaucoup de documents (mises en demeure, dossiers) depuis une heure ; vous pourrez en télécharger un autre dans 60 minutes';
    const busy = 'recours produit beaucoup de documents en ce moment ; réessayez dans quelques secondes';
    expect(DocumentRefused.reasonOf(new DocumentRefused(429, tooMany))).toBe(tooMany);
    expect(DocumentRefused.reasonOf(new DocumentRefused(503, busy))).toBe(busy);
    expect(DocumentRefused.reasonOf(new DocumentRefused(404, 'Litige introuvable'))).toBe('Litige introuvable');
    expect(DocumentRefused.reasonOf(new DocumentRefused(500, 'Erreur interne du serveur'))).toBeUndefined();
    expect(DocumentRefused.reasonOf(new Error('network'))).toBeUndefined();
  });
});
