export * from './locale';
export * from './phrase';
export * from './accept-language';
export * from './typography';
export * from './erased-words';
export * from './catalogue';
export * from './quotation';
export * from './elision';
