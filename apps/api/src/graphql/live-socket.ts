import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { withErasedWords, type Phrase } from '@recours/locale';
import type { Request } from 'express';
import { createSourceEventStream, execute, getOperationAST, getVariableValues, GraphQLError, parse, specifiedRules, validate, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { CloseCode, type Context, type SubscribePayload } from 'graphql-ws';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { TokenVersions } from '../accounts/token-versions';
import { Authentication } from '../auth/authentication';
import { requestLocale } from '../i18n/request-locale';
import { errorFormatter, type ErrorFormatter } from './format-error';
import { LiveSubscription } from './live-subscription';
import { malformedWebSocketOpening, missingHost, unauthenticated, upgradeRefused } from './errors';
import { translate } from './localize-errors';
import { OPERATION_PROTECTIONS, type OperationProtections } from './operation-protections';
import { wrongWayIn } from './operation-ways';
import type { RequestContext } from './request-context';
import { RequestContexts } from './request-contexts';
import { answerOnSocket } from './socket-answer';

const PATH = '/graphql';

/**
 * The path of an upgrade request's address, or null when no URL parser reads it (`//[`, which
 * Node's parser lets through): a throw in an 'upgrade' listener would end the process.
 */
function pathOf(url: string | undefined): string | null {
  try {
    return new URL(url ?? '/', 'http://localhost').pathname;
  } catch {
    return null;
  }
}
/** Node's timers hold at most about 24.8 days; a later expiry is waited for in steps. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

export interface LiveSubscriptionLimits {
  /** Subscriptions open at once on one connection (LIVE_SUBSCRIPTIONS_PER_CONNECTION, default 50). */
  perConnection: number;
  /** Subscriptions open at once for one account, over all its connections (LIVE_SUBSCRIPTIONS_PER_ACCOUNT, default 200). */
  perAccount: number;
}

export function liveSubscriptionLimitsFrom(env: NodeJS.ProcessEnv): LiveSubscriptionLimits {
  const read = (name: string, fallback: number) => {
    const value = Number(env[name] ?? fallback);
    if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a whole number of subscriptions, not "${env[name]}"`);
    return value;
  };
  return { perConnection: read('LIVE_SUBSCRIPTIONS_PER_CONNECTION', 50), perAccount: read('LIVE_SUBSCRIPTIONS_PER_ACCOUNT', 200) };
}

type Connection = Context<Record<string, unknown>, Extra & Record<PropertyKey, unknown>>;

/** What the socket knows of a connection once it is accepted. */
interface Accepted {
  authorization: string | undefined;
  params: Record<string, unknown>;
}

/** An open subscription, held so that it ends with its token. */
interface Open {
  context: RequestContext;
  /** What its results depend on besides the event: the operation, its variables, the reader's language. */
  operation: string;
  stream: LiveSubscription;
  timer: NodeJS.Timeout | undefined;
}

/**
 * The live-updates socket (graphql-ws on /graphql): subscriptions only, through exactly what an
 * HTTP request passes (the same parse options, validation rules, authentication, context and
 * error formatting: OperationProtections, RequestContexts, errorFormatter), in messages no larger
 * than an HTTP body, a bounded number per connection and per account. A connection whose token
 * does not hold is refused (4403); a subscription ends when its token expires or is revoked.
 */
@Injectable()
export class LiveSocket implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('LiveSocket');
  private readonly formatError: ErrorFormatter;
  private readonly limits = liveSubscriptionLimitsFrom(process.env);
  private readonly accepted = new WeakMap<Connection, Accepted>();
  /** Each account's open subscriptions (for its limit, and to end them when its tokens are revoked). */
  private readonly byAccount = new Map<string, Set<Open>>();
  /** Subscriptions prepared (onSubscribe) and not yet started: their context is the key. */
  private readonly starting = new WeakMap<object, Open>();
  /**
   * Each event's results, by operation: subscribers handed the same event (every watcher of one
   * kind gets the same dispute view, DisputeViews) with the same operation, variables and
   * language get the same result, executed once.
   */
  private readonly executed = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();
  private server: WebSocketServer | undefined;
  private dispose: (() => Promise<void> | void) | undefined;
  private unlisten: (() => void) | undefined;
  private upgrade: ((req: IncomingMessage, socket: Duplex, head: Buffer) => void) | undefined;

  constructor(
    private readonly http: HttpAdapterHost,
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly contexts: RequestContexts,
    private readonly authentication: Authentication,
    private readonly versions: TokenVersions,
    @Inject(OPERATION_PROTECTIONS) private readonly protections: OperationProtections,
  ) {
    this.formatError = errorFormatter(protections);
  }

  onApplicationBootstrap(): void {
    const httpServer = this.http.httpAdapter.getHttpServer() as Server;
    const server = new WebSocketServer({ noServer: true, maxPayload: this.protections.maxBodyBytes });
    this.server = server;
    this.dispose = useServer<Record<string, unknown>, Extra & Record<PropertyKey, unknown>>(
      {
        schema: this.schemaHost.schema,
        // Never the text of an internal error in a close reason.
        isProd: true,
        onConnect: (ctx) => this.connect(ctx),
        onSubscribe: (ctx, id, payload) => this.prepare(ctx, payload),
        subscribe: (args) => this.start(args),
        onNext: (ctx, _id, _payload, args, result) => {
          const data = result.data && withErasedWords(result.data, requestLocale(args.contextValue as RequestContext));
          if (!result.errors && data === result.data) return undefined;
          return { ...result, data, ...(result.errors && { errors: this.format(result.errors, args.contextValue as RequestContext) }) };
        },
        onError: (ctx, _id, _payload, errors) => this.format(errors, { req: ctx.extra.request as Request, connectionParams: this.accepted.get(ctx)?.params }),
      },
      server,
    ).dispose;
    // Node hands every request with an Upgrade header here (a `curl --http2` asking for h2c
    // included), and the connection hung unanswered: what is not a WebSocket at /graphql is
    // refused in words, as ws's refusals of a malformed opening are (English text otherwise).
    server.on('wsClientError', (error: Error, socket: Duplex, req: IncomingMessage) => {
      answerOnSocket(socket, requestLocale({ req }), error.message === 'Invalid Upgrade header' ? upgradeRefused() : malformedWebSocketOpening());
    });
    this.upgrade = (req, socket, head) => {
      // Node no longer refuses an HTTP/1.1 request without Host itself (answerUnreadRequests): refused here as requireHost refuses it over HTTP.
      if (req.httpVersion === '1.1' && req.headers.host === undefined) return void answerOnSocket(socket, requestLocale({ req }), missingHost(), { head: req.method === 'HEAD' });
      if (pathOf(req.url) !== PATH) return void answerOnSocket(socket, requestLocale({ req }), upgradeRefused(), { head: req.method === 'HEAD' });
      server.handleUpgrade(req, socket, head, (ws) => server.emit('connection', ws, req));
    };
    httpServer.on('upgrade', this.upgrade);
    this.unlisten = this.versions.onRevoked((accountId) => void this.recheck(accountId));
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.unlisten?.();
    if (this.upgrade) (this.http.httpAdapter.getHttpServer() as Server).off('upgrade', this.upgrade);
    await this.dispose?.();
    this.server?.close();
  }

  /**
   * A connection is anonymous, or carries a token that holds now; any other is refused (4403),
   * saying why as HTTP would (its refusal's words, in the reader's language).
   */
  private async connect(ctx: Connection): Promise<boolean> {
    const params = ctx.connectionParams ?? {};
    const authorization = authorizationOf(params);
    try {
      await this.authentication.authenticate(authorization);
    } catch (error) {
      if (!(error instanceof GraphQLError) || error.extensions.code !== 'UNAUTHENTICATED') throw error;
      // graphql-ws closes a refused connection with 4403 and "Forbidden", which it does not let us
      // word: closed here first, its own close then finds the socket closing and does nothing.
      translate(error, requestLocale({ req: ctx.extra.request, connectionParams: params }));
      ctx.extra.socket.close(CloseCode.Forbidden, closeReason(error.message));
      return false;
    }
    this.accepted.set(ctx, { authorization, params });
    return true;
  }

  /** Parsed, validated and authenticated as over HTTP; errors are answered to this subscription only. */
  private async prepare(ctx: Connection, payload: SubscribePayload): Promise<ExecutionArgs | readonly GraphQLError[]> {
    try {
      const connection = this.accepted.get(ctx);
      if (!connection) return [unauthenticated(NOT_ACCEPTED)];
      // ctx.subscriptions already holds this one.
      if (Object.keys(ctx.subscriptions).length > this.limits.perConnection) return [tooMany(this.limits.perConnection, PER_CONNECTION)];
      let document: DocumentNode;
      try {
        document = parse(payload.query, this.protections.parseOptions);
      } catch (error) {
        if (error instanceof GraphQLError) return [labelled(error, 'GRAPHQL_PARSE_FAILED')];
        throw error;
      }
      const schema = this.schemaHost.schema;
      const invalid = validate(schema, document, [...specifiedRules, ...this.protections.validationRules]);
      if (invalid.length > 0) return invalid.map((error) => labelled(error, 'GRAPHQL_VALIDATION_FAILED'));
      const operation = getOperationAST(document, payload.operationName);
      if (!operation) return [new GraphQLError(NAME_THE_OPERATION.en, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', phrase: NAME_THE_OPERATION } })];
      const refusal = wrongWayIn(operation.operation, 'socket');
      if (refusal) return [refusal];
      // Variables that do not coerce are the client's mistake, answered as Apollo answers them
      // over HTTP (BAD_USER_INPUT), not left to the execution, which would answer an internal error.
      const variables = getVariableValues(schema, operation.variableDefinitions ?? [], payload.variables ?? {}, { maxErrors: 50 });
      if (variables.errors) return variables.errors.map((error) => labelled(error, 'BAD_USER_INPUT'));
      // A subscription may carry a token of its own (extensions.authorization), else the connection's.
      const own = payload.extensions?.authorization;
      const context = await this.contexts.create(ctx.extra.request as Request, typeof own === 'string' ? own : connection.authorization, connection.params);
      const open = this.reserve(context, JSON.stringify([payload.query, payload.operationName ?? null, payload.variables ?? null, requestLocale(context)]));
      if (!open) return [tooMany(this.limits.perAccount, PER_ACCOUNT)];
      this.starting.set(context, open);
      return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue: context };
    } catch (error) {
      return [error instanceof GraphQLError ? error : new GraphQLError('Internal server error', { originalError: error as Error })];
    }
  }

  /** Runs the subscription; its stream ends with its token, and frees its place when it ends. */
  private async start(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
    const context = args.contextValue as RequestContext;
    const open = this.starting.get(context);
    this.starting.delete(context);
    if (!open) throw new Error('A subscription started without being prepared');
    let events: Awaited<ReturnType<typeof createSourceEventStream>>;
    try {
      events = await createSourceEventStream(args);
    } catch (error) {
      this.release(open);
      throw error;
    }
    if (!(Symbol.asyncIterator in events)) {
      this.release(open);
      return events;
    }
    open.stream = new LiveSubscription(this.results(events[Symbol.asyncIterator](), args, open.operation), () => this.release(open));
    if (context.token) this.endAtExpiry(open, context.token.expiresAt);
    // A revocation heard while the subscription was being prepared found no stream to end: check
    // once more now that there is one (in memory, unless the account's tokens just changed).
    void this.check(open);
    return open.stream;
  }

  /** What graphql's subscribe does (each event executed into a result), each result shared as above. */
  private results(events: AsyncIterator<unknown>, args: ExecutionArgs, operation: string): AsyncIterator<ExecutionResult> {
    const run = (event: unknown): Promise<ExecutionResult> => {
      const execution = async () => execute({ ...args, rootValue: event, contextValue: this.contexts.renewed(args.contextValue as RequestContext) });
      if (typeof event !== 'object' || event === null) return execution();
      const byOperation = this.executed.get(event) ?? new Map<string, Promise<ExecutionResult>>();
      this.executed.set(event, byOperation);
      const known = byOperation.get(operation);
      if (known) return known;
      const result = execution();
      byOperation.set(operation, result);
      return result;
    };
    // An iterator, not an async generator: ending it must not wait for the pending event.
    let failed = false;
    return {
      next: async () => {
        if (failed) return { value: undefined, done: true };
        try {
          const event = await events.next();
          return event.done ? { value: undefined, done: true } : { value: await run(event.value), done: false };
        } catch (error) {
          // A stream that ends with an error (access lost mid-stream: NOT_FOUND, as dispute(id)
          // answers) sends it as its last result, formatted as any other, as when a token ends.
          failed = true;
          return { value: { errors: [error instanceof GraphQLError ? error : new GraphQLError('Internal server error', { originalError: error as Error })] }, done: false };
        }
      },
      return: async () => {
        await events.return?.();
        return { value: undefined, done: true };
      },
    };
  }

  private reserve(context: RequestContext, operation: string): Open | null {
    const open: Open = { context, operation, stream: undefined as unknown as LiveSubscription, timer: undefined };
    const accountId = context.viewer?.accountId;
    if (!accountId) return open;
    const set = this.byAccount.get(accountId) ?? new Set<Open>();
    if (set.size >= this.limits.perAccount) return null;
    set.add(open);
    this.byAccount.set(accountId, set);
    return open;
  }

  private release(open: Open): void {
    clearTimeout(open.timer);
    const accountId = open.context.viewer?.accountId;
    const set = accountId ? this.byAccount.get(accountId) : undefined;
    if (!set) return;
    set.delete(open);
    if (set.size === 0) this.byAccount.delete(accountId as string);
  }

  private endAtExpiry(open: Open, expiresAt: number): void {
    const wait = expiresAt - Date.now();
    if (wait <= 0) return void this.check(open);
    open.timer = setTimeout(() => this.endAtExpiry(open, expiresAt), Math.min(wait, LONGEST_TIMER_MS));
    open.timer.unref();
  }

  /** After a revocation (of one account, or of any while revocations may have been missed). */
  private async recheck(accountId: string | null): Promise<void> {
    const sets = accountId ? [this.byAccount.get(accountId)] : [...this.byAccount.values()];
    await Promise.all(sets.flatMap((set) => [...(set ?? [])]).map((open) => this.check(open)));
  }

  /** Ends the subscription, with UNAUTHENTICATED saying why, once its token no longer holds. */
  private async check(open: Open): Promise<void> {
    const token = open.context.token;
    if (!token || !open.stream) return;
    try {
      await this.authentication.assertCurrent(token);
    } catch (error) {
      if (!(error instanceof GraphQLError) || error.extensions.code !== 'UNAUTHENTICATED') {
        this.logger.warn({ msg: 'could not check a live subscription’s token; checked again at the next revocation', error: String(error) });
        return;
      }
      open.stream.end({ errors: [error] });
    }
  }

  /** The errors of a subscription, as HTTP would answer them: in the reader's language, formatted. */
  private format(errors: readonly GraphQLError[], context: { req?: Request; connectionParams?: Record<string, unknown> }) {
    const locale = requestLocale(context);
    return errors.map((error) => {
      translate(error, locale);
      return this.formatError(error.toJSON(), error) as GraphQLError;
    });
  }
}

const PER_CONNECTION: Phrase = { en: 'this connection', fr: 'cette connexion' };
const PER_ACCOUNT: Phrase = { en: 'your account', fr: 'votre compte' };
/** A subscription on a connection refused at its start (the web app shows an UNAUTHENTICATED refusal's words as they come). */
export const NOT_ACCEPTED: Phrase = { en: 'The live connection was not accepted: sign in again', fr: 'La connexion en direct n’a pas été acceptée : reconnectez-vous' };
const NAME_THE_OPERATION: Phrase = { en: 'Name the operation to run (operationName)', fr: 'Nommez l’opération à exécuter (operationName)' };

const tooMany = (limit: number, scope: Phrase) => {
  const phrase: Phrase = {
    en: `Too many live updates are open for ${scope.en} (at most ${limit}): close some before opening others`,
    fr: `Trop de mises à jour en direct sont ouvertes pour ${scope.fr} (au plus ${limit}) : fermez-en avant d’en ouvrir d’autres`,
  };
  return new GraphQLError(phrase.en, { extensions: { code: 'RATE_LIMITED', phrase } });
};

/** Parse, validation and variable errors carry the code Apollo gives them over HTTP. */
const labelled = (error: GraphQLError, code: string) =>
  new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, originalError: error.originalError, extensions: { ...error.extensions, code } });

/** A close frame's reason holds at most 123 bytes of UTF-8: longer words are cut at a whole character, with an ellipsis. */
const CLOSE_REASON_BYTES = 123;
export function closeReason(message: string): string {
  if (Buffer.byteLength(message) <= CLOSE_REASON_BYTES) return message;
  let cut = '';
  for (const character of message) {
    if (Buffer.byteLength(`${cut}${character}…`) > CLOSE_REASON_BYTES) break;
    cut += character;
  }
  return `${cut.trimEnd()}…`;
}

/** The connection's token, as the web app and graphql-ws clients send it ({ authorization: 'Bearer …' }). */
function authorizationOf(params: Record<string, unknown>): string | undefined {
  const value = params.authorization ?? params.Authorization;
  return typeof value === 'string' ? value : undefined;
}
