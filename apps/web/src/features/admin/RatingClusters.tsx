import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { RatingClustersQuery } from './admin.operations';
import { Panel } from '../../ui/Panel';

/** Merchants rated by a cluster of new accounts: perhaps rating themselves, perhaps sunk by a rival; for the admin to look at. */
export function RatingClusters() {
  const { t, instant, number } = useI18n();
  const [{ data }] = useQuery({ query: RatingClustersQuery, requestPolicy: 'cache-and-network' });
  const rows = data?.ratingClusters ?? [];
  return (
    <Panel title={t('admin.ratingClusters')} titleId="clusters-title" as="div" gap="sm">
      <Text size="sm" mb="sm">
        {t('admin.ratingClustersLead')}
      </Text>
      {rows.length === 0 ? (
        <Text size="sm">{t('admin.ratingClustersNone')}</Text>
      ) : (
        <Table
          striped
          data={{
            head: [t('directory.merchant'), t('admin.ratingClustersCount'), t('scorecard.averageRating'), t('admin.ratingClustersFrom'), t('admin.ratingClustersTo')],
            body: rows.map((row) => [
              <Anchor component={Link} to={`/merchants/${row.merchantId}`}>
                {row.merchantName}
              </Anchor>,
              number(row.ratings, 0),
              `${number(row.averageRating)} / 5`,
              instant(row.firstRatedAt),
              instant(row.lastRatedAt),
            ]),
          }}
        />
      )}
    </Panel>
  );
}
