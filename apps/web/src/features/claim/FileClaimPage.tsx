import { Alert, Button, Grid, Group, Paper, Progress, Stack, Stepper, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { newCommandId } from '../../api/command-id';
import { describeError } from '../../api/errors';
import { amountExample } from '../../i18n/amount';
import { useI18n } from '../../i18n/I18nProvider';
import { NARROW } from '../../ui/CaseTable';
import { PageTitle } from '../../ui/PageTitle';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { RightsAssessmentPanel } from '../rights/RightsAssessmentPanel';
import { useRightsAssessment } from '../rights/useRightsAssessment';
import { checkStep, CLAIM_STEPS, emptyDraft, rightsFactsOf, shownByAStep, stepOfField, toFileClaimInput, type Check, type ClaimDraft } from './claim-draft';
import { clearClaimDraft, restoreClaimDraft, saveClaimDraft } from './claim-draft-store';
import { FileClaimMutation } from './claim.operations';
import { tabStorage } from './tab-storage';
import { useSession } from '../../session/SessionProvider';
import { EvidenceStep } from './steps/EvidenceStep';
import { MerchantStep } from './steps/MerchantStep';
import { ProblemStep } from './steps/ProblemStep';
import { ProductStep } from './steps/ProductStep';
import { PurchaseStep } from './steps/PurchaseStep';
import { RemedyStep } from './steps/RemedyStep';
import { ReviewStep } from './steps/ReviewStep';
import { SimilarOutcomesPanel } from './SimilarOutcomesPanel';
import type { StepProps } from './steps/step-props';

const STEP_VIEW: Record<(typeof CLAIM_STEPS)[number], (props: StepProps) => React.ReactNode> = {
  merchant: MerchantStep,
  product: ProductStep,
  purchase: PurchaseStep,
  problem: ProblemStep,
  remedy: RemedyStep,
  evidence: EvidenceStep,
  review: ReviewStep,
};

/** The guided claim: one step at a time, the rights assessment beside it as dates are typed. */
export function FileClaimPage() {
  const { t, locale, instant, day } = useI18n();
  const navigate = useNavigate();
  const { user } = useSession();
  const owner = user?.id ?? null;
  // What she wrote in this tab before a reload, a click away or an expired session, taken back.
  const [kept] = useState(() => {
    const storage = tabStorage();
    return storage && owner ? restoreClaimDraft(storage, owner) : null;
  });
  const [restored, setRestored] = useState(kept !== null);
  const [confirmingRestart, setConfirmingRestart] = useState(false);
  const [draft, setDraft] = useState<ClaimDraft>(() => kept?.draft ?? emptyDraft());
  const [active, setActive] = useState(kept?.step ?? 0);
  const narrow = useMediaQuery(NARROW, false, { getInitialValueInEffect: false });
  const [errors, setErrors] = useState<Record<string, string>>({});
  // One key per claim: a retried filing (lost answer, double click) returns the first dispute.
  // Made at the first submit, not when the form opens: the dispute's id takes its time, which
  // then tells when the claim was sent, not how long she spent writing it.
  const commandId = useRef<string | undefined>(kept?.commandId);
  const [{ fetching, error }, fileClaim] = useMutation(FileClaimMutation);
  const facts = useMemo(() => rightsFactsOf(draft), [draft]);
  const rights = useRightsAssessment(facts);
  const step = CLAIM_STEPS[active];
  const filed = useRef(false);

  useEffect(() => {
    const storage = tabStorage();
    if (storage && owner && !filed.current) saveClaimDraft(storage, owner, draft, active, commandId.current);
  }, [draft, active, owner]);

  const startAfresh = () => {
    const storage = tabStorage();
    if (storage) clearClaimDraft(storage);
    commandId.current = undefined;
    setDraft(emptyDraft());
    setActive(0);
    setErrors({});
    setRestored(false);
    setConfirmingRestart(false);
  };
  const problem = describeError(error);

  // A day named in a check (the latest day the API takes) in the reader's words.
  const translate = (found: Record<string, Check>) =>
    Object.fromEntries(Object.entries(found).map(([path, { key, values }]) => [path, t(key, { example: amountExample(locale), ...values, ...(typeof values?.date === 'string' ? { date: day(values.date) } : {}) })]));

  const next = () => {
    const found = checkStep(step, draft);
    setErrors(translate(found));
    if (Object.keys(found).length === 0) setActive((n) => Math.min(n + 1, CLAIM_STEPS.length - 1));
  };

  const submit = async () => {
    for (const [index, name] of CLAIM_STEPS.entries()) {
      const found = checkStep(name, draft);
      if (Object.keys(found).length > 0) {
        setErrors(translate(found));
        setActive(index);
        return;
      }
    }
    commandId.current ??= newCommandId();
    // Kept with the draft: a filing whose answer was lost, sent again after a reload, is the same claim.
    const storage = tabStorage();
    if (storage && owner) saveClaimDraft(storage, owner, draft, active, commandId.current);
    const result = await fileClaim({ input: toFileClaimInput(draft, commandId.current) });
    if (result.data) {
      filed.current = true;
      if (storage) clearClaimDraft(storage);
      navigate(`/disputes/${result.data.fileClaim.id}`);
      return;
    }
    // The API's refusal, in the reader's language, goes under its field, on the step that shows it.
    const refused = describeError(result.error);
    const placed = Object.keys(refused?.fields ?? {}).filter(shownByAStep);
    if (placed.length > 0) {
      setErrors(refused!.fields);
      setActive(Math.min(...placed.map(stepOfField)));
    }
  };

  // An edit answers the messages shown: they are checked again on Next.
  const edit = (change: (d: ClaimDraft) => ClaimDraft) => {
    setDraft(change);
    setErrors({});
  };

  const View = STEP_VIEW[step];
  const showRights = ['purchase', 'problem', 'remedy', 'review'].includes(step);
  // Once she chose a merchant and named the category: how disputes like hers ended.
  const showSimilar = draft.merchant !== null && draft.product.category.trim() !== '' && step !== 'merchant';

  return (
    <Stack maw={1200}>
      <PageTitle>{t('claim.title')}</PageTitle>
      {restored && (
        <Alert color="blue" title={t('claim.draft.restored')} role="status" data-testid="claim-draft-restored">
          <Text size="sm">{kept?.savedAt ? t('claim.draft.restoredBody', { at: instant(kept.savedAt) }) : t('claim.draft.restoredBodyNoTime')}</Text>
          {confirmingRestart ? (
            <Stack gap="xs" mt="sm">
              <Text size="sm">{t('claim.draft.startOverWarning')}</Text>
              <Group gap="xs">
                <Button size="xs" color="red" variant="light" onClick={startAfresh}>
                  {t('claim.draft.confirmStartOver')}
                </Button>
                <Button size="xs" variant="default" onClick={() => setConfirmingRestart(false)}>
                  {t('common.cancel')}
                </Button>
              </Group>
            </Stack>
          ) : (
            <Group gap="xs" mt="sm">
              <Button size="xs" variant="default" onClick={() => setConfirmingRestart(true)}>
                {t('claim.draft.startOver')}
              </Button>
              <Button size="xs" variant="subtle" onClick={() => setRestored(false)}>
                {t('claim.draft.keep')}
              </Button>
            </Group>
          )}
        </Alert>
      )}
      {narrow ? (
        // On a phone seven labelled steps would fill the first screen: a bar, the step's title says which.
        <Progress value={((active + 1) / CLAIM_STEPS.length) * 100} size="sm" aria-label={t('claim.stepOf', { n: active + 1, total: CLAIM_STEPS.length })} data-testid="claim-progress" />
      ) : (
        <Stepper active={active} onStepClick={(index) => index < active && setActive(index)} size="sm" allowNextStepsSelect={false} wrap>
          {CLAIM_STEPS.map((name) => (
            <Stepper.Step key={name} label={t(`claim.step.${name}`)} />
          ))}
        </Stepper>
      )}
      <Grid>
        <Grid.Col span={{ base: 12, md: showRights || showSimilar ? 7 : 12 }}>
          <Paper withBorder p="md" component="section" aria-labelledby="claim-step-title">
            <h2 id="claim-step-title" className="step-title">
              {t('claim.stepOf', { n: active + 1, total: CLAIM_STEPS.length })} — {t(`claim.step.${step}`)}
            </h2>
            <View draft={draft} update={edit} errors={errors} />
            <ProblemAlert problem={problem} placed={shownByAStep} />
            <Group justify="space-between" mt="lg">
              <Button variant="default" onClick={() => setActive((n) => Math.max(n - 1, 0))} disabled={active === 0}>
                {t('common.back')}
              </Button>
              {step === 'review' ? (
                <Button onClick={submit} loading={fetching}>
                  {t('claim.submit')}
                </Button>
              ) : (
                <Button onClick={next}>{t('common.next')}</Button>
              )}
            </Group>
          </Paper>
        </Grid.Col>
        {(showRights || showSimilar) && (
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack>
              {showRights && <RightsAssessmentPanel assessment={rights.assessment} error={rights.error} fetching={rights.fetching} placeholder={t('claim.rights.placeholder')} />}
              {showSimilar && <SimilarOutcomesPanel merchant={draft.merchant!} category={draft.product.category} />}
            </Stack>
          </Grid.Col>
        )}
      </Grid>
    </Stack>
  );
}
