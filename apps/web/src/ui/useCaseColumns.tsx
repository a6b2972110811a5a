import type { DisputeStatus } from '../graphql/generated/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { CaseLink } from './CaseLink';
import { DueDate } from './DueDate';
import { StatusBadge } from './StatusBadge';

/** The columns the case lists share, each headed and shown the same way in every list. */
export function useCaseColumns() {
  const { t, label, instant } = useI18n();
  return {
    /** The product, linking to the dispute. */
    product: { header: t('list.product'), cell: (row: { id: string; productName: string }) => <CaseLink id={row.id}>{row.productName}</CaseLink> },
    /** The brand and product, linking to the dispute (lists of whole disputes). */
    brandedProduct: { header: t('list.product'), cell: (row: { id: string; product: { brand: string; name: string } }) => <CaseLink id={row.id}>{`${row.product.brand} ${row.product.name}`}</CaseLink> },
    merchant: { header: t('dispute.merchant'), cell: (row: { merchant?: { name: string } | null }) => row.merchant?.name ?? '—' },
    status: { header: t('list.status'), cell: (row: { status: DisputeStatus }) => <StatusBadge status={row.status} /> },
    whoseTurn: { header: t('dispute.whoseTurn'), cell: (row: { whoseTurn: string }) => label('turn', row.whoseTurn) },
    nextDeadline: { header: t('dispute.nextDeadline'), cell: (row: { nextDeadline: { kind: string; dueAt: string } | null }) => <DueDate kind={row.nextDeadline?.kind} dueAt={row.nextDeadline?.dueAt} /> },
    lastActivity: { header: t('list.lastActivity'), cell: (row: { lastActivityAt: string }) => instant(row.lastActivityAt) },
  };
}
