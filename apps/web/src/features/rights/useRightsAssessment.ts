import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { RightsAssessmentQuery } from './rights.operations';
import { rightsInput, type RightsFacts } from './rights-facts';

/** The rights assessment for facts as they are typed (debounced, paused until the dates make sense). */
export function useRightsAssessment(facts: RightsFacts) {
  const { locale } = useI18n();
  const input = useMemo(() => rightsInput(facts), [facts]);
  const [debounced] = useDebouncedValue(input, 300);
  // The explanations are written by the API in the app's language.
  const [{ data, error, fetching }] = useQuery({ query: RightsAssessmentQuery, variables: { input: debounced!, locale }, pause: !debounced, requestPolicy: 'cache-first' });
  return { assessment: debounced ? data?.rightsAssessment : undefined, error: debounced ? error : undefined, fetching, ready: !!input };
}
