import { Loader, Text } from '@mantine/core';
import { useI18n } from '../i18n/I18nProvider';
import { ApiErrorAlert } from './ApiErrorAlert';
import { CaseTable, type Column } from './CaseTable';
import { LoadMore } from './LoadMore';
import { StatusFilter } from './StatusFilter';
import type { CaseListState } from './useCaseList';
import type { Connection } from './usePagedConnection';

/** The case pages; each one's messages `${page}.title` and `${page}.none` caption its table and say it is empty. */
export type CasePage = 'myDisputes' | 'inbox' | 'caseload' | 'association' | 'intake' | 'sharedForAdvice';

/** A list of cases as every case page shows it: its error, its loading, its table, then "load more". */
export function CaseList<Row extends { id: string }>({
  list,
  page,
  statusFilter,
  columns,
  rowProps,
}: {
  list: CaseListState<Row, Connection<Row>>;
  page: CasePage;
  /** Offers to show the cases of one status only, above the list. */
  statusFilter?: boolean;
  columns: Column<NoInfer<Row>>[];
  rowProps?: (row: NoInfer<Row>) => Record<string, string>;
}) {
  const { t } = useI18n();
  const { connection, rows, fetching } = list;
  return (
    <>
      {statusFilter && <StatusFilter value={list.status} onChange={list.filter} />}
      <ApiErrorAlert error={list.error} />
      {fetching && !connection && <Loader aria-label={t('common.loading')} />}
      {connection && rows.length === 0 && <Text>{t(`${page}.none`)}</Text>}
      {rows.length > 0 && <CaseTable caption={t(`${page}.title`)} rows={rows} columns={columns} rowProps={rowProps} />}
      {/* An empty list is said by its sentence: no « 0 sur 0 » under it. */}
      {connection && (rows.length > 0 || connection.pageInfo.hasNextPage) && <LoadMore shown={rows.length} total={connection.totalCount} hasNextPage={connection.pageInfo.hasNextPage} fetching={fetching} onMore={list.more} />}
    </>
  );
}
