import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Inject, Module, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Args, GraphQLModule, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { typeDefs } from './bare-apollo-server';

const SHAPES = Symbol('shapes');
type Shapes = { myDisputes: unknown; dispute: unknown; postMessage: unknown };

/** The bare server's constants, answered through Nest's resolver machinery (schema first: the bare server's own schema). */
@Resolver()
class ConstantAnswers {
  constructor(@Inject(SHAPES) private readonly shapes: Shapes) {}

  @Query('myDisputes')
  myDisputes(@Args('first') _first?: number): unknown {
    return this.shapes.myDisputes;
  }

  @Query('dispute')
  dispute(@Args('id') _id: string): unknown {
    return this.shapes.dispute;
  }

  @Mutation('postMessage')
  postMessage(@Args('input') _input: unknown): unknown {
    return this.shapes.postMessage;
  }
}

/**
 * bench:api's floor (BENCH_NEST_FLOOR=1): what the stack recours must be built on costs by itself.
 * A Nest 12 application on Express with @nestjs/graphql's Apollo driver, answering the bare
 * server's constants through `@Resolver` classes (so Nest's per-resolver context, argument and
 * guard machinery runs, with no guard, pipe or interceptor registered), and nothing else: no
 * helmet, no authentication, no correlation id, no metrics, no database, graphql-js as Nest's
 * default. Its ratio to the bare @apollo/server is the best any Nest application answering
 * through resolvers can reach on this machine.
 */
export async function startNestFloor(shapes: Shapes): Promise<{ url: string; app: INestApplication }> {
  @Module({
    imports: [GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, typeDefs: typeDefs.replace('#graphql', ''), playground: false, graphiql: false })],
    providers: [ConstantAnswers, { provide: SHAPES, useValue: shapes }],
  })
  class NestFloorModule {}
  const app = await NestFactory.create<NestExpressApplication>(NestFloorModule, { logger: false });
  await app.listen(0, '127.0.0.1');
  return { url: `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`, app };
}
