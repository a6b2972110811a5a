// The product's words live in libs/locale (the API names events with them too): this is the web
// app's way in.
export { en, type MessageKey } from '../../../../../libs/locale/src/catalogue/en';
