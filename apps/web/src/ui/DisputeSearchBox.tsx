import { Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { describeError } from '../api/errors';
import { useI18n } from '../i18n/I18nProvider';
import { CaseLink } from './CaseLink';
import { SearchDisputesQuery } from './dispute-search.operations';
import { LoadMore } from './LoadMore';
import { ProblemAlert } from './ProblemAlert';
import { StatusBadge } from './StatusBadge';
import { usePagedConnection } from './usePagedConnection';

/** The API's bound on a query (searchDisputes). */
const MAX_QUERY = 200;

/**
 * A search over the disputes this reader may read (searchDisputes), above a role's list: the
 * matches, most relevant first, with where the words were found. The list below stays as it is.
 */
export function DisputeSearchBox() {
  const { t, label } = useI18n();
  const inputId = useId();
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState<string | null>(null);
  const [after, setAfter] = useState<string | null>(null);
  const [result] = useQuery({ query: SearchDisputesQuery, variables: { query: query ?? '', first: 20, after }, pause: query === null });
  const connection = result.data?.searchDisputes;
  const hits = usePagedConnection(connection, after, query ?? '');
  const problem = describeError(result.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const words = draft.trim();
    setAfter(null);
    setQuery(words ? words : null);
  };
  const clear = () => {
    setDraft('');
    setQuery(null);
    setAfter(null);
  };

  return (
    <Stack gap="xs">
      <form role="search" noValidate onSubmit={submit} aria-label={t('search.label')}>
        <Group align="flex-end" gap="xs">
          <TextInput
            id={inputId}
            type="search"
            label={t('search.label')}
            description={t('search.hint')}
            value={draft}
            maxLength={MAX_QUERY}
            onChange={(e) => setDraft(e.currentTarget.value)}
            error={problem?.fields.query}
            style={{ flex: 1, maxWidth: 480 }}
          />
          <Button type="submit" loading={result.fetching && after === null}>
            {t('search.submit')}
          </Button>
          {query !== null && (
            <Button variant="subtle" onClick={clear}>
              {t('search.clear')}
            </Button>
          )}
        </Group>
      </form>
      <ProblemAlert problem={problem} placed={['query']} />
      {query !== null && connection && (
        <Stack gap="xs" aria-live="polite">
          {hits.length === 0 ? (
            <Text size="sm">{t('search.none', { query })}</Text>
          ) : (
            <List listStyleType="none" spacing="sm" data-testid="search-results">
              {hits.map((hit) => (
                <List.Item key={hit.id}>
                  <Group gap="xs" wrap="wrap">
                    <CaseLink id={hit.id}>{hit.productName}</CaseLink>
                    <StatusBadge status={hit.status} />
                    <Text size="sm" c="dimmed">
                      {[hit.orderReference, hit.merchantName, hit.consumerName].filter(Boolean).join(' · ')}
                    </Text>
                  </Group>
                  {hit.highlights.map((highlight) => (
                    <Text key={highlight.field} size="sm">
                      <Text span c="dimmed">
                        {t('search.foundIn', { field: label('search.field', highlight.field) })}{' '}
                      </Text>
                      {highlight.parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
                    </Text>
                  ))}
                </List.Item>
              ))}
            </List>
          )}
          <LoadMore shown={hits.length} total={connection.totalCount} hasNextPage={connection.pageInfo.hasNextPage} fetching={result.fetching} onMore={() => setAfter(connection.pageInfo.endCursor)} />
        </Stack>
      )}
    </Stack>
  );
}
