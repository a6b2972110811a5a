import { useEffect, useState } from 'react';

export interface Connection<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ cursor: string; node: Node }>;
}

/**
 * Accumulates the pages of a Relay connection: the page component queries with `after`, and
 * each answer is added under its cursor (a refetch of a page replaces it).
 */
export function usePagedConnection<Node extends { id: string }>(connection: Connection<Node> | undefined, after: string | null, resetKey: string) {
  const [pages, setPages] = useState<Record<string, Node[]>>({});
  const [order, setOrder] = useState<string[]>([]);
  useEffect(() => {
    setPages({});
    setOrder([]);
  }, [resetKey]);
  useEffect(() => {
    if (!connection) return;
    const key = after ?? '';
    setPages((current) => ({ ...current, [key]: connection.edges.map((edge) => edge.node) }));
    setOrder((current) => (current.includes(key) ? current : [...current, key]));
  }, [connection, after]);
  const nodes = order.flatMap((key) => pages[key] ?? []);
  const seen = new Set<string>();
  return nodes.filter((node) => (seen.has(node.id) ? false : (seen.add(node.id), true)));
}
