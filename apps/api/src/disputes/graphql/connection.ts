import { fieldProblem } from '@recours/disputes';
import type { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { InvalidPageError, type Page } from '@recours/read-models';
import { badUserInput, problemAt } from '../../graphql/errors';

@ObjectType('PageInfo')
export class PageInfoType {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Pass it as `after` for the next page.' }) endCursor!: string | null;
}

export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfoType;
  totalCount: number;
}

/** A Relay connection type for one kind of node (edges, pageInfo, totalCount). */
export function ConnectionOf<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field() cursor!: string;
    @Field(() => node) node!: T;
  }
  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements Connection<T> {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfoType) pageInfo!: PageInfoType;
    @Field(() => Int, { description: 'All items of the list, every page together (filters apply).' }) totalCount!: number;
  }
  return ConnectionType;
}

export function toConnection<T, N>(page: Page<T>, map: (item: T) => N): Connection<N> {
  return { edges: page.nodes.map((item, i) => ({ cursor: page.cursors[i], node: map(item) })), pageInfo: page.pageInfo, totalCount: page.totalCount };
}

/** Paging mistakes are the caller's: BAD_USER_INPUT naming the argument. */
export async function paged<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof InvalidPageError) throw badUserInput([/first/.test(error.message) ? problemAt('first', fieldProblem('NOT_POSITIVE')) : problemAt('after', fieldProblem('NOT_A_CURSOR'))]);
    throw error;
  }
}
