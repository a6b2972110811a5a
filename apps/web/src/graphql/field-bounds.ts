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
