/**
 * The text once a reply template is chosen: the template alone in an empty field, otherwise added
 * after what the agent already typed (a blank line between), never in its place: nothing she typed
 * is lost by picking a template.
 */
export function withTemplate(typed: string, template: string): string {
  if (typed.trim() === '') return template;
  return `${typed.trimEnd()}\n\n${template}`;
}
