import { Alert, Button, Code, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { HeadedTable } from '../../../ui/HeadedTable';
import { useState } from 'react';
import { newCommandId } from '../../../api/command-id';
import type { EvidenceKind } from '../../../graphql/generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { FileChoice } from '../../../ui/FileChoice';
import { failureText } from '../../files/upload-file';
import { sha256Hex } from '../sha256';
import type { StepProps } from './step-props';

export const EVIDENCE_KINDS: EvidenceKind[] = ['INVOICE', 'WARRANTY', 'PHOTO', 'CORRESPONDENCE', 'OTHER'];

/** A first guess from the file; the consumer corrects it. */
export function guessKind(file: File): EvidenceKind {
  if (file.type.startsWith('image/')) return 'PHOTO';
  if (/factur|invoice|receipt|ticket/i.test(file.name)) return 'INVOICE';
  if (/garanti|warrant/i.test(file.name)) return 'WARRANTY';
  if (/mail|courrier|letter|\.eml$/i.test(file.name)) return 'CORRESPONDENCE';
  return 'OTHER';
}

/** Evidence is recorded by name and SHA-256 fingerprint, computed here: the file is not uploaded. */
export function EvidenceStep({ draft, update, errors }: StepProps) {
  const { t, label } = useI18n();
  const [hashing, setHashing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const add = async (files: File[]) => {
    if (files.length === 0) return;
    setHashing(true);
    setFailure(null);
    try {
      const added = await Promise.all(files.map(async (file) => ({ key: newCommandId(), name: file.name.slice(0, 255), kind: guessKind(file), sha256: await sha256Hex(file), size: file.size })));
      update((d) => ({ ...d, evidence: [...d.evidence, ...added] }));
    } catch (error) {
      setFailure(failureText(error, t));
    } finally {
      setHashing(false);
    }
  };

  return (
    <Stack>
      <Text>{t('claim.evidence.lead')}</Text>
      <FileChoice id="evidence-files" label={t('claim.evidence.add')} multiple onChange={(files) => void add(files)} />
      {hashing && <Text size="sm">{t('claim.evidence.hashing')}</Text>}
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      {errors.evidence && <Text c="red.9">{errors.evidence}</Text>}
      {draft.evidence.length > 0 && (
        <HeadedTable headers={[t('claim.evidence.name'), t('claim.evidence.kind'), 'SHA-256', <span className="visually-hidden">{t('common.actions')}</span>]} caption={t('claim.evidence.table')} captionHidden minWidth={500}>
          {draft.evidence.map((item) => (
            <Table.Tr key={item.key}>
              <Table.Td>{item.name}</Table.Td>
              <Table.Td>
                <NativeSelect
                  aria-label={t('claim.evidence.kindOf', { name: item.name })}
                  value={item.kind}
                  onChange={(e) => {
                    const kind = e.currentTarget.value as EvidenceKind;
                    update((d) => ({ ...d, evidence: d.evidence.map((x) => (x.key === item.key ? { ...x, kind } : x)) }));
                  }}
                  data={EVIDENCE_KINDS.map((value) => ({ value, label: label('evidence', value) }))}
                />
              </Table.Td>
              <Table.Td>
                <Code title={item.sha256}>{item.sha256.slice(0, 16)}…</Code>
              </Table.Td>
              <Table.Td>
                <Group justify="flex-end">
                  <Button size="xs" variant="default" onClick={() => update((d) => ({ ...d, evidence: d.evidence.filter((x) => x.key !== item.key) }))} aria-label={t('claim.evidence.remove', { name: item.name })}>
                    {t('common.remove')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </HeadedTable>
      )}
    </Stack>
  );
}
