import { Alert, Button, Grid, Group, Paper, Stack, Stepper } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { newCommandId } from '../../api/command-id';
import { describeError } from '../../api/errors';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages/en';
import { PageTitle } from '../../ui/PageTitle';
import { RightsAssessmentPanel } from '../rights/RightsAssessmentPanel';
import { useRightsAssessment } from '../rights/useRightsAssessment';
import { checkStep, CLAIM_STEPS, emptyDraft, rightsFactsOf, stepOfField, toFileClaimInput, type ClaimDraft } from './claim-draft';
import { FileClaimMutation } from './claim.operations';
import { EvidenceStep } from './steps/EvidenceStep';
import { MerchantStep } from './steps/MerchantStep';
import { ProblemStep } from './steps/ProblemStep';
import { ProductStep } from './steps/ProductStep';
import { PurchaseStep } from './steps/PurchaseStep';
import { RemedyStep } from './steps/RemedyStep';
import { ReviewStep } from './steps/ReviewStep';
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
  const { t } = useI18n();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<ClaimDraft>(emptyDraft);
  const [active, setActive] = useState(0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // One key per claim: a retried filing (lost answer, double click) returns the first dispute.
  const [commandId] = useState(newCommandId);
  const [{ fetching, error }, fileClaim] = useMutation(FileClaimMutation);
  const facts = useMemo(() => rightsFactsOf(draft), [draft]);
  const rights = useRightsAssessment(facts);
  const step = CLAIM_STEPS[active];
  const problem = describeError(error);

  const translate = (found: Record<string, MessageKey>) => Object.fromEntries(Object.entries(found).map(([path, key]) => [path, t(key)]));

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
    const result = await fileClaim({ input: toFileClaimInput(draft, commandId) });
    if (result.data) {
      navigate(`/disputes/${result.data.fileClaim.id}`);
      return;
    }
    const refused = describeError(result.error);
    if (refused && Object.keys(refused.fields).length > 0) {
      setErrors(refused.fields);
      setActive(Math.min(...Object.keys(refused.fields).map(stepOfField)));
    }
  };

  // An edit answers the messages shown: they are checked again on Next.
  const edit = (change: (d: ClaimDraft) => ClaimDraft) => {
    setDraft(change);
    setErrors({});
  };

  const View = STEP_VIEW[step];
  const showRights = ['purchase', 'problem', 'remedy', 'review'].includes(step);

  return (
    <Stack maw={1200}>
      <PageTitle>{t('claim.title')}</PageTitle>
      <Stepper active={active} onStepClick={(index) => index < active && setActive(index)} size="sm" allowNextStepsSelect={false} wrap>
        {CLAIM_STEPS.map((name) => (
          <Stepper.Step key={name} label={t(`claim.step.${name}`)} />
        ))}
      </Stepper>
      <Grid>
        <Grid.Col span={{ base: 12, md: showRights ? 7 : 12 }}>
          <Paper withBorder p="md" component="section" aria-labelledby="claim-step-title">
            <h2 id="claim-step-title" className="step-title">
              {t('claim.stepOf', { n: active + 1, total: CLAIM_STEPS.length })} — {t(`claim.step.${step}`)}
            </h2>
            <View draft={draft} update={edit} errors={errors} />
            {problem && Object.keys(problem.fields).length === 0 && (
              <Alert color="red" mt="md" role="alert">
                {problem.message}
              </Alert>
            )}
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
        {showRights && (
          <Grid.Col span={{ base: 12, md: 5 }}>
            <RightsAssessmentPanel assessment={rights.assessment} error={rights.error} fetching={rights.fetching} placeholder={t('claim.rights.placeholder')} />
          </Grid.Col>
        )}
      </Grid>
    </Stack>
  );
}
