import { Code, NativeSelect, Text } from '@mantine/core';
import { useState } from 'react';
import type { EvidenceKind } from '../../../graphql/generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { EVIDENCE_KINDS, guessKind } from '../../claim/steps/EvidenceStep';
import { sha256Hex } from '../../claim/sha256';
import { AttachEvidenceMutation } from '../dispute-commands.operations';
import { ActionForm } from './ActionForm';
import { useDisputeCommand } from './useDisputeCommand';

export function AttachEvidenceForm() {
  const { t, label } = useI18n();
  const command = useDisputeCommand(AttachEvidenceMutation);
  const [file, setFile] = useState<{ name: string; sha256: string } | null>(null);
  const [kind, setKind] = useState<EvidenceKind>('OTHER');
  const [failure, setFailure] = useState<string | null>(null);
  const choose = async (files: FileList | null) => {
    const chosen = files?.[0];
    if (!chosen) return;
    try {
      setFailure(null);
      setKind(guessKind(chosen));
      setFile({ name: chosen.name.slice(0, 255), sha256: await sha256Hex(chosen) });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  const submit = async () => {
    if (file && (await command.run({ name: file.name, sha256: file.sha256, kind }))) setFile(null);
  };
  return (
    <ActionForm submitLabel={t('action.attachEvidence')} onSubmit={submit} {...command}>
      <div>
        <Text component="label" htmlFor="attach-evidence-file" size="sm" fw={500} display="block" mb={4}>
          {t('claim.evidence.file')}
        </Text>
        <input id="attach-evidence-file" type="file" onChange={(e) => void choose(e.currentTarget.files)} />
      </div>
      {failure && <Text c="red.9">{failure}</Text>}
      {file && (
        <Text size="sm">
          {file.name} <Code>{file.sha256.slice(0, 16)}…</Code>
        </Text>
      )}
      <NativeSelect label={t('claim.evidence.kind')} value={kind} onChange={(e) => setKind(e.currentTarget.value as EvidenceKind)} data={EVIDENCE_KINDS.map((value) => ({ value, label: label('evidence', value) }))} />
    </ActionForm>
  );
}
