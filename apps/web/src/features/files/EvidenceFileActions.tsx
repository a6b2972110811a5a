import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { DownloadButton } from './DownloadButton';
import { canPreview, EvidencePreview } from './EvidencePreview';

/** Download and, where the browser can show it, a preview of an uploaded piece of evidence. */
export function EvidenceFileActions({ file, name }: { file: { id: string; contentType: string; size: number }; name: string }) {
  const { t, size } = useI18n();
  const [previewing, setPreviewing] = useState(false);
  return (
    <Stack gap={4} mt={4}>
      <Group gap="xs">
        <DownloadButton path={`/files/${file.id}`} fileName={name}>
          {t('files.download', { size: size(file.size) })}
        </DownloadButton>
        {canPreview(file.contentType) && (
          <Button size="xs" variant="subtle" onClick={() => setPreviewing((p) => !p)} aria-expanded={previewing}>
            {previewing ? t('files.hidePreview') : t('files.preview')}
          </Button>
        )}
      </Group>
      {previewing && <EvidencePreview fileId={file.id} contentType={file.contentType} name={name} />}
    </Stack>
  );
}
