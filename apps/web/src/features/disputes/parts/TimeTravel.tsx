import { Button, Group, Paper, Slider, Text } from '@mantine/core';
import { isDay } from '../../../i18n/format';
import { useI18n } from '../../../i18n/I18nProvider';
import { DayInput } from '../../../ui/DayInput';

interface Entry {
  version: number;
  at: string;
}

/**
 * Shows the case as it stood at a past moment (disputeAsOf): a slider over its events, or any
 * calendar day. `asOf` is null for now.
 */
export function TimeTravel({ timeline, asOf, onChange }: { timeline: Entry[]; asOf: string | null; onChange(at: string | null): void }) {
  const { t, instant } = useI18n();
  const index = asOf ? timeline.findIndex((entry) => entry.at === asOf) : timeline.length - 1;
  const last = timeline.length - 1;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="time-travel-title">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text id="time-travel-title" fw={600}>
          {t('timeTravel.title')}
        </Text>
        {asOf && (
          <Button size="xs" variant="default" onClick={() => onChange(null)}>
            {t('timeTravel.backToNow')}
          </Button>
        )}
      </Group>
      {last > 0 && (
        <Slider
          mt="sm"
          mb="lg"
          min={0}
          max={last}
          step={1}
          value={index < 0 ? last : index}
          onChange={(value) => onChange(value === last ? null : timeline[value].at)}
          label={(value) => instant(timeline[value]?.at)}
          thumbLabel={t('timeTravel.slider')}
          marks={timeline.map((_, i) => ({ value: i }))}
        />
      )}
      <Group align="flex-end" gap="xs">
        <DayInput
          label={t('timeTravel.day')}
          value={asOf && isDay(asOf) ? asOf : ''}
          onChange={(value) => {
            // Only a whole day moves the case; half-typed text waits in the field.
            if (isDay(value)) onChange(value);
            else if (value === '') onChange(null);
          }}
        />
      </Group>
    </Paper>
  );
}
