import { useI18n } from '../i18n/I18nProvider';
import { LabelledChoice } from './LabelledChoice';

type Condition = 'NEW' | 'USED';

/** Whether the goods were bought new or used: the claim and the rights checker ask it alike. */
export function ConditionChoice({ value, onChange }: { value: Condition; onChange(value: Condition): void }) {
  const { t } = useI18n();
  return (
    <LabelledChoice
      label={t('claim.condition')}
      value={value}
      onChange={onChange}
      data={[
        { value: 'NEW', label: t('condition.NEW') },
        { value: 'USED', label: t('condition.USED') },
      ]}
    />
  );
}
