import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';

export interface Column<Row> {
  header: string;
  cell(row: Row): ReactNode;
}

/**
 * Rows of cases; the first cell links to the dispute (keyboard and screen readers follow the
 * link), and a click anywhere on the row does the same for the mouse.
 */
export function CaseTable<Row extends { id: string }>({ rows, columns, caption, rowProps }: { rows: Row[]; columns: Column<Row>[]; caption: string; rowProps?: (row: Row) => Record<string, string> }) {
  const navigate = useNavigate();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table highlightOnHover verticalSpacing="sm">
        <caption className="visually-hidden">{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.header} scope="col">
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id} style={{ cursor: 'pointer' }} onClick={() => navigate(`/disputes/${row.id}`)} {...rowProps?.(row)}>
              {columns.map((column) => (
                <Table.Td key={column.header}>{column.cell(row)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
