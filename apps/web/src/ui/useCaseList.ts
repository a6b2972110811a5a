import { useState } from 'react';
import { useQuery, type CombinedError, type TypedDocumentNode } from 'urql';
import type { DisputeStatus } from '../graphql/generated/graphql';
import { usePagedConnection, type Connection } from './usePagedConnection';

interface ListVariables {
  first?: number | null;
  after?: string | null;
  status?: DisputeStatus | null;
}

type Case = { id: string };

export interface CaseListState<Row extends Case, Page extends Connection<Row> = Connection<Row>> {
  status: DisputeStatus | null;
  /** Shows the cases in one status (or all), from the first page. */
  filter(status: DisputeStatus | null): void;
  /** Starts again from the first page, when another filter of the page changed. */
  restart(): void;
  /** The last page read, with what the query adds to it (counts). */
  connection: Page | undefined;
  rows: Row[];
  fetching: boolean;
  error: CombinedError | undefined;
  more(): void;
}

/**
 * A list of cases read page by page from a connection, filtered by status. `variables` holds the
 * page's own filters; a change to `filters` (their key) starts the list again.
 */
export function useCaseList<Data, Variables extends ListVariables, Page extends Connection<Case>>(
  query: TypedDocumentNode<Data, Variables>,
  connectionOf: (data: Data) => Page,
  { first = 20, variables, filters = '' }: { first?: number; variables?: Omit<Variables, keyof ListVariables>; filters?: string } = {},
): CaseListState<Page['edges'][number]['node'], Page> {
  const [status, setStatus] = useState<DisputeStatus | null>(null);
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery<Data, Variables>({ query, variables: { first, after, status, ...variables } as Variables });
  const connection = data ? connectionOf(data) : undefined;
  const rows = usePagedConnection(connection, after, `${status}-${filters}`);
  return {
    status,
    filter: (next) => {
      setStatus(next);
      setAfter(null);
    },
    restart: () => setAfter(null),
    connection,
    rows,
    fetching,
    error,
    more: () => setAfter(connection?.pageInfo.endCursor ?? null),
  };
}
