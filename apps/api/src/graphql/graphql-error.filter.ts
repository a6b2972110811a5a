import { Catch, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

/**
 * A GraphQLError is an answer meant for the client (a refusal, a bad input), not a fault:
 * hand it to Apollo as it is, without Nest logging it as an unhandled exception.
 */
@Catch(GraphQLError)
export class GraphQLErrorFilter implements GqlExceptionFilter {
  catch(error: GraphQLError, _host: ArgumentsHost): GraphQLError {
    return error;
  }
}
