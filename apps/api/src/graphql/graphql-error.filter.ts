import { Catch, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { answerHttpError } from './http-error';

/**
 * A GraphQLError is an answer meant for the client (a refusal, a bad input), not a fault:
 * hand it to Apollo as it is, without Nest logging it as an unhandled exception. On a server
 * route (a file, a case file, a CSV) the same refusal, thrown before the handler ran (the global
 * InputValidationPipe refusing a route's parameter), is answered as that route answers its own
 * refusals (answerHttpError): returned here, it was a bare 500 in English.
 */
@Catch(GraphQLError)
export class GraphQLErrorFilter implements GqlExceptionFilter {
  catch(error: GraphQLError, host: ArgumentsHost): GraphQLError | undefined {
    if (host.getType() !== 'http') return error;
    const http = host.switchToHttp();
    answerHttpError(http.getRequest<Request>(), http.getResponse<Response>(), error);
    return undefined;
  }
}
