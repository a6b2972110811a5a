import { Table, type TableProps } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A table under one row of column headers; its rows are the children. Given `minWidth` (pixels),
 * a narrower screen scrolls it sideways rather than squeezing its columns.
 */
export function HeadedTable({ headers, minWidth, children, ...table }: TableProps & { headers: ReactNode[]; minWidth?: number; children: ReactNode }) {
  const content = (
    <Table {...table}>
      <Table.Thead>
        <Table.Tr>
          {headers.map((header, i) => (
            <Table.Th key={i}>{header}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
  return minWidth === undefined ? content : <Table.ScrollContainer minWidth={minWidth}>{content}</Table.ScrollContainer>;
}
