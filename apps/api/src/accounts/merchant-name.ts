/** Lower-cased, accent-free name for directory search. */
export const searchableName = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
