/** The PostgreSQL schema holding every read model and the projection checkpoints. */
export const READ_MODELS_SCHEMA = 'read_models';

/** Quotes a schema name for SQL; refuses anything but a plain lower-case identifier. */
export function quoteSchema(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`invalid schema name "${name}"`);
  return `"${name}"`;
}
