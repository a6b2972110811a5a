import { Alert, Grid, Loader, Stack } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import type { DisputeViewFragment } from '../../graphql/generated/graphql';
import { endOfParisDay, isDay } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useSession, type Role } from '../../session/SessionProvider';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { RightsAssessmentPanel } from '../rights/RightsAssessmentPanel';
import { ActionsPanel } from './actions/ActionsPanel';
import { DisputeContext, type DisputeScope, type ViewerSide } from './DisputeContext';
import { DisputeAsOfQuery } from './dispute.operations';
import { AccessLogPanel } from './parts/AccessLogPanel';
import { ClaimFacts } from './parts/ClaimFacts';
import { DocumentsPanel } from './parts/DocumentsPanel';
import { DeadlinesList } from './parts/DeadlinesList';
import { DisputeHeader } from './parts/DisputeHeader';
import { MediationPanel } from './parts/MediationPanel';
import { MessagesList } from './parts/MessagesList';
import { NotOnRecoursNotice } from './parts/NotOnRecoursNotice';
import { OffersList } from './parts/OffersList';
import { OutcomePanel } from './parts/OutcomePanel';
import { RetentionPanel } from './parts/RetentionPanel';
import { TimelineList } from './parts/TimelineList';
import { TimeTravel } from './parts/TimeTravel';
import { TeamPanel } from './parts/TeamPanel';
import { useLiveDispute } from './useLiveDispute';

const SIDE_OF: Record<Role, ViewerSide> = { CONSUMER: 'CONSUMER', ASSOCIATION: 'CONSUMER', MERCHANT: 'MERCHANT', MEDIATOR: 'MEDIATOR', ADMIN: 'ADMIN' };

/** One dispute, live; or, with time travel, as it stood at a past moment (read-only). */
export function DisputePage() {
  const { disputeId = '' } = useParams();
  const { user } = useSession();
  const { t, instant, day } = useI18n();
  const live = useLiveDispute(disputeId);
  const [asOf, setAsOf] = useState<string | null>(null);
  const [past] = useQuery({ query: DisputeAsOfQuery, variables: { id: disputeId, at: asOf ? (isDay(asOf) ? endOfParisDay(asOf) : asOf) : '' }, pause: !asOf });
  const { onUpdated, refresh } = live;
  const noop = useCallback(() => undefined, []);

  const shown: DisputeViewFragment | null = asOf ? (past.data?.disputeAsOf ?? null) : live.dispute;
  const scope = useMemo<DisputeScope | null>(() => {
    if (!shown || !user) return null;
    const readOnly = asOf !== null;
    return { dispute: shown, side: SIDE_OF[user.role], readOnly, onUpdated: readOnly ? noop : onUpdated, refresh, can: (action) => !readOnly && shown.availableActions.includes(action) };
  }, [shown, user, asOf, onUpdated, refresh, noop]);

  if (!live.dispute) {
    return live.error ? <ApiErrorAlert error={live.error} /> : <Loader aria-label={t('common.loading')} />;
  }

  return (
    <Stack maw={1280}>
      {scope && (
        <DisputeContext.Provider value={scope}>
          <DisputeHeader live={live.live && !asOf} />
          <NotOnRecoursNotice />
          {asOf && (
            <Alert color="yellow" title={t('timeTravel.banner')} data-testid="time-travel-banner">
              {t('timeTravel.bannerBody', { at: isDay(asOf) ? day(asOf) : instant(asOf) })}
            </Alert>
          )}
          <ApiErrorAlert error={asOf ? past.error : undefined} />
          <Grid>
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Stack>
                <RetentionPanel />
                <OutcomePanel />
                <ActionsPanel />
                <OffersList />
                <MediationPanel />
                <MessagesList />
                <TimelineList />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Stack>
                <TimeTravel timeline={live.dispute.timeline} asOf={asOf} onChange={setAsOf} />
                <DeadlinesList />
                <TeamPanel />
                <ClaimFacts />
                <DocumentsPanel />
                {!asOf && <AccessLogPanel />}
                <RightsAssessmentPanel assessment={scope.dispute.rights} calendarWhenUnknown={false} title={user?.role === 'CONSUMER' ? t('rights.panel') : t('rights.panel.others')} />
              </Stack>
            </Grid.Col>
          </Grid>
        </DisputeContext.Provider>
      )}
      {asOf && past.fetching && !past.data && <Loader aria-label={t('common.loading')} />}
    </Stack>
  );
}
