export { FIELD_FALLBACK_LOCALE, LOCALE_ARGUMENT, Locale } from './locale';
export { chosenLocale, namesALocale, RequestLocale, requestLocale } from './request-locale';
