import { Checkbox, NativeSelect, Progress, Text } from '@mantine/core';
import { useState } from 'react';
import type { EvidenceKind } from '../../../graphql/generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { FileChoice } from '../../../ui/FileChoice';
import { useSession } from '../../../session/SessionProvider';
import { EVIDENCE_KINDS, guessKind } from '../../claim/steps/EvidenceStep';
import { sha256Hex } from '../../claim/sha256';
import { failureText, uploadFile } from '../../files/upload-file';
import { AttachEvidenceMutation } from '../dispute-commands.operations';
import { ActionForm } from './ActionForm';
import { useDisputeCommand } from './useDisputeCommand';

/**
 * Adds a document to the record: uploaded to recours (so the other side and the mediator can open
 * it), with its progress shown, or only fingerprinted in the browser when kept elsewhere.
 */
export function AttachEvidenceForm() {
  const { t, label, locale, size } = useI18n();
  const { token } = useSession();
  const command = useDisputeCommand(AttachEvidenceMutation);
  const [chosen, setChosen] = useState<File | null>(null);
  const [share, setShare] = useState(true);
  const [progress, setProgress] = useState<number | null>(null);
  const [kind, setKind] = useState<EvidenceKind>('OTHER');
  const [failure, setFailure] = useState<string | null>(null);
  const [fileMissing, setFileMissing] = useState(false);
  const choose = (files: File[]) => {
    const file = files[0];
    if (!file) return;
    setFailure(null);
    setFileMissing(false);
    setProgress(null);
    setKind(guessKind(file));
    setChosen(file);
  };
  const submit = async () => {
    // No file chosen: said under the field, not a button that does nothing.
    if (!chosen) return setFileMissing(true);
    if (!token) return;
    setFailure(null);
    try {
      if (share) {
        setProgress(0);
        const uploaded = await uploadFile(chosen, token, locale, setProgress);
        if (await command.run({ name: uploaded.name, sha256: uploaded.sha256, kind, fileId: uploaded.id })) setChosen(null);
      } else if (await command.run({ name: chosen.name.slice(0, 255), sha256: await sha256Hex(chosen), kind })) {
        setChosen(null);
      }
    } catch (error) {
      setFailure(failureText(error, t));
    } finally {
      setProgress(null);
    }
  };
  return (
    <ActionForm submitLabel={t('action.attachEvidence')} onSubmit={submit} {...command}>
      <FileChoice
        id="attach-evidence-file"
        label={t('claim.evidence.file')}
        accept=".pdf,.jpg,.jpeg,.png,.webp,.heic,.heif,.mp4,.txt,.eml,application/pdf,image/*,video/mp4,text/plain,message/rfc822"
        chosen={chosen ? `${chosen.name} (${size(chosen.size)})` : null}
        invalid={fileMissing}
        describedBy={fileMissing ? 'attach-evidence-file-missing' : undefined}
        onChange={choose}
      >
        {fileMissing && (
          <Text id="attach-evidence-file-missing" size="sm" c="red.8" role="alert" mt={4}>
            {t('form.required')}
          </Text>
        )}
        <Text size="xs" c="dimmed" mt={4}>
          {t('files.accepted')}
        </Text>
      </FileChoice>
      <Checkbox label={t('files.share')} description={t('files.shareHint')} checked={share} onChange={(e) => setShare(e.currentTarget.checked)} />
      {progress !== null && <Progress value={Math.round(progress * 100)} aria-label={t('files.uploading')} data-testid="upload-progress" />}
      {failure && (
        <Text c="red.9" role="alert">
          {failure}
        </Text>
      )}
      <NativeSelect label={t('claim.evidence.kind')} value={kind} onChange={(e) => setKind(e.currentTarget.value as EvidenceKind)} data={EVIDENCE_KINDS.map((value) => ({ value, label: label('evidence', value) }))} />
    </ActionForm>
  );
}
