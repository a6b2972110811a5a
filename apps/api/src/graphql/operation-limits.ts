import type { Phrase } from '@recours/locale';
import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

export interface OperationLimits {
  /** Deepest field nesting allowed (the whole app needs about 8). */
  maxDepth: number;
  /** Most field selections in one operation, aliases included: 10,000 aliases is an attack. */
  maxFields: number;
  /**
   * What a root field costs, counted against `maxFields`, when it costs more than a field: a
   * dispute is its whole event stream folded, so twenty of them in one query are not twenty fields.
   */
  rootFieldCosts?: Record<string, number>;
}

/**
 * A validation rule that refuses operations too deep or too wide before any resolver runs,
 * so a hostile query costs a parse, not a database round trip per alias.
 */
export function operationLimitsRule(limits: OperationLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    return {
      OperationDefinition(operation) {
        let fields = 0;
        let deepest = 0;
        const visit = (selectionSet: SelectionSetNode, depth: number, seen: Set<string>): void => {
          for (const selection of selectionSet.selections) {
            if (fields > limits.maxFields || deepest > limits.maxDepth) return;
            if (selection.kind === Kind.FIELD) {
              fields += (depth === 1 ? limits.rootFieldCosts?.[selection.name.value] : undefined) ?? 1;
              deepest = Math.max(deepest, depth);
              if (selection.selectionSet) visit(selection.selectionSet, depth + 1, seen);
            } else if (selection.kind === Kind.INLINE_FRAGMENT) {
              visit(selection.selectionSet, depth, seen);
            } else {
              const fragment = fragments.get(selection.name.value);
              if (fragment && !seen.has(fragment.name.value)) visit(fragment.selectionSet, depth, new Set(seen).add(fragment.name.value));
            }
          }
        };
        visit(operation.selectionSet, 1, new Set());
        // In the reader's language on both ways in (localize-errors.ts translates the phrase).
        const refuse = (phrase: Phrase) => context.reportError(new GraphQLError(phrase.en, { nodes: [operation], extensions: { code: 'BAD_USER_INPUT', phrase } }));
        if (deepest > limits.maxDepth) {
          refuse({ en: `Query is too deep: at most ${limits.maxDepth} levels`, fr: `Requête trop profonde : au plus ${limits.maxDepth} niveaux` });
        } else if (fields > limits.maxFields) {
          const costly = limits.rootFieldCosts ? { en: ', a whole dispute counting as many', fr: ', un litige entier comptant pour autant' } : { en: '', fr: '' };
          refuse({ en: `Query selects too many fields: at most ${limits.maxFields}, aliases included${costly.en}`, fr: `Requête qui demande trop de champs : au plus ${limits.maxFields}, alias compris${costly.fr}` });
        }
      },
    };
  };
}

