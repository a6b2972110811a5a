import { Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useQuery } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { CaseLink } from '../../ui/CaseLink';
import { PageTitle } from '../../ui/PageTitle';
import { HeadedTable } from '../../ui/HeadedTable';
import { StatusBadge } from '../../ui/StatusBadge';
import { AssociationMembersQuery } from './associations.operations';

/** The association's members: who gave it a mandate still running, on which disputes, since when. */
export function AssociationMembersPage() {
  const { t, day } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: AssociationMembersQuery });
  const members = data?.associationMembers ?? [];

  return (
    <Stack maw={1100}>
      <PageTitle>{t('associations.membersTitle')}</PageTitle>
      <Text>{t('associations.membersLead')}</Text>
      <ApiErrorAlert error={error} />
      {fetching && !data && <Loader aria-label={t('common.loading')} />}
      {data && members.length === 0 && <Text>{t('associations.noMembers')}</Text>}
      {/* Three columns fit a phone (375px): only a narrower screen scrolls the table sideways, where the disputes column was cut at the edge. */}
      {members.length > 0 && (
        <HeadedTable headers={[t('associations.member'), t('associations.memberSince'), t('associations.memberDisputes')]} caption={t('associations.membersTitle')} captionHidden minWidth={320}>
          {members.map((member) => (
            <Table.Tr key={member.consumerId}>
              <Table.Th scope="row">{member.displayName}</Table.Th>
              <Table.Td>{day(member.since)}</Table.Td>
              <Table.Td>
                <Stack gap={4}>
                  {member.disputes.map((dispute) => (
                    <Group key={dispute.id} gap="xs" wrap="wrap">
                      <CaseLink id={dispute.id}>{dispute.merchantName ? t('associations.disputeOf', { product: dispute.productName, merchant: dispute.merchantName }) : dispute.productName}</CaseLink>
                      <StatusBadge status={dispute.status} />
                      <Text size="xs" c="dimmed">
                        {t('association.mandateSince')} {day(dispute.mandateGrantedAt)}
                      </Text>
                    </Group>
                  ))}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </HeadedTable>
      )}
    </Stack>
  );
}
