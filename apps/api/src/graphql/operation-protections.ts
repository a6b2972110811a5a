import { NoSchemaIntrospectionCustomRule, type ParseOptions, type ValidationRule } from 'graphql';
import { operationLimitsRule } from './operation-limits';

/**
 * What every GraphQL operation passes before anything runs, the one definition both ways in use:
 * Apollo over HTTP (api-graphql.module.ts) and graphql-ws over the socket (live-socket.ts).
 */
export interface OperationProtections {
  /** Introspection answered (development only); refused by `validationRules` otherwise. */
  introspection: boolean;
  /** "Did you mean …?" taken out of errors: without introspection it would still spell the schema out. */
  hideSchemaDetails: boolean;
  parseOptions: ParseOptions;
  validationRules: ValidationRule[];
  /** The largest request body over HTTP, and the largest message over the socket. */
  maxBodyBytes: number;
}

export const OPERATION_PROTECTIONS = Symbol('OperationProtections');

/**
 * Root fields that cost more than one field against the operation's field limit (400): each
 * folds a dispute's whole stream (disputeAsOf up to an instant, which no cache shares), so one
 * operation may ask for about fifteen disputes or seven past states, not 400. The web app asks
 * for one at a time; a subscription has one root field anyway.
 */
const ROOT_FIELD_COSTS = { dispute: 25, disputeAsOf: 50 };

export function operationProtections(env: NodeJS.ProcessEnv): OperationProtections {
  const production = env.NODE_ENV === 'production';
  const maxBodyBytes = sizeInBytes(env.BODY_LIMIT ?? '256kb');
  if (maxBodyBytes === null) throw new Error(`BODY_LIMIT must be a size such as 256kb or 1mb, not "${env.BODY_LIMIT}"`);
  return {
    introspection: !production,
    hideSchemaDetails: production,
    // A document of 10,000 aliases costs about 0.7 s of parsing and validation on the event
    // loop before the field limit refuses it; stop parsing at 5,000 tokens (the web app's
    // largest operation has under 200) so such documents cost a few milliseconds.
    parseOptions: { maxTokens: 5_000 },
    validationRules: [...(production ? [NoSchemaIntrospectionCustomRule] : []), operationLimitsRule({ maxDepth: 12, maxFields: 400, rootFieldCosts: ROOT_FIELD_COSTS })],
    maxBodyBytes,
  };
}

/** An error message without the schema hints validation adds ("Did you mean …?", « Vouliez-vous dire … ? » in French: library-words.ts). */
export function withoutSchemaHints(message: string): string {
  return message.replace(/ ?(?:Did you mean|Vouliez-vous dire)(.+?)[\u202f ]?\?$/, '');
}

const UNITS: Record<string, number> = { '': 1, b: 1, kb: 1024, mb: 1024 * 1024 };

/** '256kb' → 262144, as body-parser reads its limit; null when it is not a size. */
function sizeInBytes(size: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb)?\s*$/i.exec(size);
  if (!match) return null;
  const value = Math.floor(Number(match[1]) * UNITS[(match[2] ?? '').toLowerCase()]);
  return value > 0 ? value : null;
}
