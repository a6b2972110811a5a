import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
// The calendar's month and day names in French (English is dayjs's own).
import 'dayjs/locale/fr';
import { useId, useState } from 'react';
import { parseDay, typedDay } from '../i18n/day';
import { isDay, latestFactDay } from '../i18n/format';
import { useI18n } from '../i18n/I18nProvider';

export interface DayInputProps extends Omit<TextInputProps, 'value' | 'onChange' | 'type'> {
  label: string;
  /** YYYY-MM-DD once the text is a day; otherwise the text as typed, for the form to call invalid. */
  value: string;
  onChange(value: string): void;
  /** The latest day the picker offers: for what has already happened (the default), today in Paris, the latest the API takes. */
  latest?: string | null;
}

/**
 * A calendar day typed as DD/MM/YYYY (JJ/MM/AAAA in French) or picked from a calendar in the
 * reader's language. The browser's own date input is not used: it shows the browser's
 * format (mm/dd/yyyy) whatever the page's language.
 */
export function DayInput({ label, value, onChange, latest = latestFactDay(), ...props }: DayInputProps) {
  const { t, locale } = useI18n();
  const [opened, setOpened] = useState(false);
  const id = useId();
  // While the field has the focus, the text as typed; after, the day written back in full.
  const [typing, setTyping] = useState<string | null>(null);
  const shown = typing ?? (isDay(value) ? typedDay(value) : value);
  const pick = (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" trapFocus returnFocus withinPortal>
      <Popover.Target>
        <ActionIcon variant="subtle" color="gray" onClick={() => setOpened((o) => !o)} aria-label={t('date.pick')} aria-describedby={`${id}-label`} aria-expanded={opened}>
          <CalendarGlyph />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <DatePicker
          locale={locale}
          firstDayOfWeek={1}
          value={isDay(value) ? value : null}
          defaultDate={isDay(value) ? value : latest ?? undefined}
          maxDate={latest ?? undefined}
          onChange={(day) => {
            if (day) onChange(day);
            setOpened(false);
          }}
          ariaLabels={{
            nextMonth: t('date.nextMonth'),
            previousMonth: t('date.previousMonth'),
            nextYear: t('date.nextYear'),
            previousYear: t('date.previousYear'),
            nextDecade: t('date.nextDecade'),
            previousDecade: t('date.previousDecade'),
            monthLevelControl: t('date.chooseMonth'),
            yearLevelControl: t('date.chooseYear'),
          }}
        />
      </Popover.Dropdown>
    </Popover>
  );
  return (
    <TextInput
      {...props}
      id={id}
      label={label}
      value={shown}
      placeholder={t('date.placeholder')}
      inputMode="numeric"
      autoComplete="off"
      rightSection={pick}
      rightSectionPointerEvents="all"
      onFocus={() => setTyping(shown)}
      onBlur={() => setTyping(null)}
      onChange={(e) => {
        const text = e.currentTarget.value;
        setTyping(text);
        onChange(parseDay(text) ?? text);
      }}
    />
  );
}

function CalendarGlyph() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" focusable="false">
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M16 3v4M8 3v4M3 11h18" />
    </svg>
  );
}
