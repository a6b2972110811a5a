import { Loader, Text } from '@mantine/core';
import { useI18n } from '../i18n/I18nProvider';
import { ApiErrorAlert } from './ApiErrorAlert';
import { CaseTable, type Column } from './CaseTable';
import { LoadMore } from './LoadMore';
import type { CaseListState } from './useCaseList';
import type { Connection } from './usePagedConnection';

/** A list of cases as every case page shows it: its error, its loading, its table, then "load more". */
export function CaseList<Row extends { id: string }>({
  list,
  caption,
  none,
  columns,
  rowProps,
}: {
  list: CaseListState<Row, Connection<Row>>;
  caption: string;
  /** What is said when there is no case. */
  none: string;
  columns: Column<NoInfer<Row>>[];
  rowProps?: (row: NoInfer<Row>) => Record<string, string>;
}) {
  const { t } = useI18n();
  const { connection, rows, fetching } = list;
  return (
    <>
      <ApiErrorAlert error={list.error} />
      {fetching && !connection && <Loader aria-label={t('common.loading')} />}
      {connection && rows.length === 0 && <Text>{none}</Text>}
      {rows.length > 0 && <CaseTable caption={caption} rows={rows} columns={columns} rowProps={rowProps} />}
      {connection && <LoadMore shown={rows.length} total={connection.totalCount} hasNextPage={connection.pageInfo.hasNextPage} fetching={fetching} onMore={list.more} />}
    </>
  );
}
