import { join } from 'node:path';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import { AccountsModule } from '../accounts/accounts.module';
import { AuthModule } from '../auth/auth.module';
import { TokenService } from '../auth/token.service';
import { formatError } from './format-error';
import { GraphqlSupportModule } from './graphql-support.module';
import { LoadersFactory } from './loaders';
import { operationLimitsRule } from './operation-limits';
import type { RequestContext } from './request-context';

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [AuthModule, AccountsModule, GraphqlSupportModule],
      inject: [TokenService, LoadersFactory],
      useFactory: (tokens: TokenService, loaders: LoadersFactory) => {
        const production = process.env.NODE_ENV === 'production';
        return {
          path: '/graphql',
          // schema.gql is committed: it is the contract the web app and partners build on.
          autoSchemaFile: production ? true : join(process.cwd(), 'schema.gql'),
          sortSchema: true,
          graphiql: !production,
          introspection: !production,
          // Without introspection, "Did you mean …?" in validation errors would still spell the schema out.
          hideSchemaDetailsFromClientErrors: production,
          includeStacktraceInErrorResponses: false,
          validationRules: [operationLimitsRule({ maxDepth: 12, maxFields: 400 })],
          // A document of 10,000 aliases costs about 0.7 s of parsing and validation on the event
          // loop before the field limit refuses it; stop parsing at 5,000 tokens (the web app's
          // largest operation has under 200) so such documents cost a few milliseconds.
          parseOptions: { maxTokens: 5_000 },
          // No HTTP cache hints are used: without this plugin no resolver is wrapped per field.
          plugins: [ApolloServerPluginCacheControlDisabled()],
          formatError,
          subscriptions: { 'graphql-ws': { path: '/graphql' } },
          // HTTP requests carry the token in the Authorization header; graphql-ws connections
          // in their connection parameters ({ authorization: 'Bearer …' }).
          context: (arg: { req?: Request; connectionParams?: Record<string, unknown>; extra?: { request: Request } }): RequestContext => {
            if (arg.req) return { req: arg.req, viewer: tokens.read(arg.req.headers.authorization), loaders: loaders.create() };
            const params = arg.connectionParams ?? {};
            const authorization = (params.authorization ?? params.Authorization) as string | undefined;
            return { req: arg.extra?.request as Request, viewer: tokens.read(authorization), loaders: loaders.create() };
          },
        };
      },
    }),
  ],
})
export class ApiGraphqlModule {}
