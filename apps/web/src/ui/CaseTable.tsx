import { Paper, Table } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { Facts } from './Facts';
import { HeadedTable } from './HeadedTable';

export interface Column<Row> {
  header: string;
  cell(row: Row): ReactNode;
}

/** Below this width a row's columns no longer fit side by side: each case becomes a card. */
export const NARROW = '(max-width: 48em)';

/**
 * Rows of cases; the first cell links to the dispute (keyboard and screen readers follow the
 * link), and a click anywhere on the row does the same for the mouse. On a phone each case is a
 * card listing its columns as term and value, so nothing is clipped.
 */
export function CaseTable<Row extends { id: string }>({ rows, columns, caption, rowProps }: { rows: Row[]; columns: Column<Row>[]; caption: string; rowProps?: (row: Row) => Record<string, string> }) {
  const navigate = useNavigate();
  const narrow = useMediaQuery(NARROW, false, { getInitialValueInEffect: false });
  if (narrow) {
    return (
      <ul className="case-cards" aria-label={caption}>
        {rows.map((row) => (
          <li key={row.id} {...rowProps?.(row)}>
            <Paper withBorder p="sm" data-testid="case-card">
              <Facts rows={columns.map((column) => [column.header, column.cell(row)] as const)} />
            </Paper>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <HeadedTable headers={columns.map((column) => column.header)} caption={caption} captionHidden minWidth={640} highlightOnHover verticalSpacing="sm">
      {rows.map((row) => (
        <Table.Tr key={row.id} style={{ cursor: 'pointer' }} onClick={() => navigate(`/disputes/${row.id}`)} {...rowProps?.(row)}>
          {columns.map((column) => (
            <Table.Td key={column.header}>{column.cell(row)}</Table.Td>
          ))}
        </Table.Tr>
      ))}
    </HeadedTable>
  );
}
