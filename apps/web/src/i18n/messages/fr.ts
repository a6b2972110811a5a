export { fr } from '../../../../../libs/locale/src/catalogue/fr';
