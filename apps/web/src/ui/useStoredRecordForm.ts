import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/**
 * The fields of a form that edits a stored record (a merchant's profile, an association's). Its
 * component is mounted once the record is read, so the fields start from the stored values and
 * nothing arriving later replaces what the person typed (a late answer once put a chosen value
 * back, and "Recorded" saved the old one). After a save, `saved` shows the record as stored.
 */
export function useStoredRecordForm<Stored, Fields extends object>(record: Stored, fieldsOf: (record: Stored) => Fields) {
  const { t } = useI18n();
  const [fields, setFields] = useState(() => fieldsOf(record));
  const set =
    <K extends keyof Fields>(name: K) =>
    (value: Fields[K]) =>
      setFields((current) => ({ ...current, [name]: value }));
  const saved = (stored: Stored) => {
    setFields(fieldsOf(stored));
    notifications.show({ color: 'teal', message: t('dispute.saved') });
  };
  return { fields, set, saved };
}
