import { DISPUTE_COMMANDS, type CommandField } from './generated/dispute-commands';

/**
 * The bounds the API applies to one field of an action, as input attributes, for the forms laid
 * out by hand. `path` reaches into a group or a list's items: 'nextSteps.text'.
 */
export function boundsOf(action: keyof typeof DISPUTE_COMMANDS, path: string): { minLength?: number; maxLength?: number; min?: number; max?: number } {
  let field: CommandField | undefined;
  let fields: Readonly<Record<string, CommandField>> | undefined = DISPUTE_COMMANDS[action].fields;
  for (const name of path.split('.')) {
    field = fields?.[name];
    while (field?.kind === 'list') field = field.item;
    fields = field?.fields;
  }
  if (!field) throw new Error(`${action} has no field ${path}`);
  if (field.kind === 'integer') return { min: field.min, max: field.max };
  return field.maxLength === undefined ? {} : { minLength: field.minLength, maxLength: field.maxLength };
}

/**
 * The same bounds as attributes to spread on an input, without `maxLength`: the browser cuts a
 * longer paste to it in silence, and she would send a truncated text without knowing. The limit is
 * carried as `data-max-length` instead; the form's check (FormChecks) says "at most N characters"
 * on the field, with everything she typed or pasted still there.
 */
export function inputBounds(action: keyof typeof DISPUTE_COMMANDS, path: string): { minLength?: number; 'data-max-length'?: number; min?: number; max?: number } {
  const { maxLength, ...rest } = boundsOf(action, path);
  return maxLength === undefined ? rest : { ...rest, 'data-max-length': maxLength };
}
