import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { useSession } from '../../session/SessionProvider';
import { DocumentRefused, fetchDocument, saveBlob } from './fetch-document';

/** Downloads a file the server gives with the bearer token, under the name given. */
export function DownloadButton({ path, fileName, children, variant = 'light' }: { path: string; fileName: string; children: React.ReactNode; variant?: string }) {
  const { token } = useSession();
  const { t, locale } = useI18n();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const [why, setWhy] = useState<string>();
  const download = async () => {
    setState('busy');
    try {
      saveBlob(await fetchDocument(path, token, locale), fileName);
      setState('idle');
    } catch (error) {
      setWhy(DocumentRefused.reasonOf(error));
      setState('failed');
    }
  };
  return (
    <span style={{ display: 'inline-flex', flexDirection: 'column', gap: 4, alignItems: 'flex-start' }}>
      <Button size="xs" variant={variant} loading={state === 'busy'} color={state === 'failed' ? 'red' : undefined} onClick={() => void download()}>
        {children}
      </Button>
      {state === 'failed' && (
        <Text size="xs" c="red.8" role="alert" component="span">
          {why ?? t('files.downloadFailed')}
        </Text>
      )}
    </span>
  );
}
