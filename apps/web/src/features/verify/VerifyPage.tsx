import { Alert, Anchor, Code, List, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { verifyCaseFile, type CaseFileVerification } from '../../../../../libs/case-file/src/verify-case-file';
import { useI18n } from '../../i18n/I18nProvider';
import { FileChoice } from '../../ui/FileChoice';
import { PageTitle } from '../../ui/PageTitle';

/**
 * Anyone checks a case file here: it is read and its hash chain recomputed in this browser (Web
 * Crypto), never sent anywhere. With a later export of the same dispute, the page also says
 * whether the earlier one is the beginning of its chain.
 */
export function VerifyPage() {
  const { t } = useI18n();
  const [files, setFiles] = useState<{ file?: File; later?: File }>({});
  const [result, setResult] = useState<CaseFileVerification | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const check = async (next: { file?: File; later?: File }) => {
    setFiles(next);
    setResult(null);
    setFailed(false);
    if (!next.file) return;
    setBusy(true);
    try {
      const bytes = new Uint8Array(await next.file.arrayBuffer());
      const later = next.later ? new Uint8Array(await next.later.arrayBuffer()) : undefined;
      setResult(await verifyCaseFile(bytes, later));
    } catch {
      // An unreadable file, or no Web Crypto (a page not served over https): said, not left at "Checking…".
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack maw={760}>
      <PageTitle>{t('verify.title')}</PageTitle>
      <Text>{t('verify.lead')}</Text>
      <Paper withBorder p="md">
        <Stack>
          {(['file', 'later'] as const).map((which) => (
            <FileChoice key={which} id={`verify-${which}`} label={t(`verify.${which}`)} accept=".json,.pdf,application/json,application/pdf" chosen={files[which]?.name ?? null} onChange={(chosen) => void check({ ...files, [which]: chosen[0] })} />
          ))}
        </Stack>
      </Paper>
      {busy && <Text>{t('verify.checking')}</Text>}
      {result && <VerificationResult result={result} />}
      {failed && (
        <Alert color="red" role="alert" title={t('verify.failed')} data-testid="verify-failed">
          {t('verify.failedBody')}
        </Alert>
      )}
      <Text size="sm" c="dimmed">
        {t('verify.how')} <Anchor href="https://www.rfc-editor.org/rfc/rfc8785" underline="always">
          RFC 8785
        </Anchor>
      </Text>
    </Stack>
  );
}

function VerificationResult({ result }: { result: CaseFileVerification }) {
  const { t, instant } = useI18n();
  if (result.unreadable) {
    return (
      <Alert color="red" title={t('verify.unreadable')} data-testid="verify-result" role="status">
        {t('verify.unreadableBody')}
      </Alert>
    );
  }
  const prefix =
    result.prefixOfLater === undefined ? null : (
      <List.Item>{result.prefixOfLater ? t('verify.prefix') : t('verify.notPrefix')}</List.Item>
    );
  if (result.intact) {
    return (
      <Alert color="green" title={t('verify.intact')} data-testid="verify-result" role="status">
        <List size="sm">
          <List.Item>{t('verify.intactBody', { events: result.events, at: result.exportedAt ? instant(result.exportedAt) : '' })}</List.Item>
          <List.Item>
            {t('verify.head')} <Code>{result.headHash}</Code>
          </List.Item>
          {prefix}
        </List>
      </Alert>
    );
  }
  return (
    <Alert color="red" title={t('verify.altered')} data-testid="verify-result" role="status">
      <List size="sm">
        {result.alteredEventVersion !== null ? (
          <List.Item>{t('verify.alteredEvent', { number: result.alteredEventVersion + 1 })}</List.Item>
        ) : (
          <List.Item>{t('verify.alteredElsewhere')}</List.Item>
        )}
        {prefix}
      </List>
    </Alert>
  );
}
