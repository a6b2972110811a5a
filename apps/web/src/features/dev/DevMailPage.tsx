import { Alert, Group, Paper, ScrollArea, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { HeadedTable } from '../../ui/HeadedTable';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { PageTitle } from '../../ui/PageTitle';

interface Summary {
  id: string;
  to: string;
  subject: string;
  date: string;
}
interface Message extends Summary {
  text: string;
  html: string;
  headers: Record<string, string>;
}

/**
 * The e-mails recours would have sent, without SMTP_URL outside production: the .eml files
 * under DATA_DIR/mail, so a newcomer sees what each person is told.
 */
export function DevMailPage() {
  const { t, instant } = useI18n();
  const [list, setList] = useState<Summary[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [open, setOpen] = useState<Message | null>(null);

  useEffect(() => {
    let stop = false;
    const load = async () => {
      const answer = await fetch('/dev-mail/messages');
      if (stop) return;
      if (!answer.ok) setProblem(t('devMail.unavailable'));
      else setList((await answer.json()) as Summary[]);
    };
    void load();
    const timer = setInterval(() => void load(), 3_000);
    return () => {
      stop = true;
      clearInterval(timer);
    };
  }, [t]);

  const show = async (id: string) => {
    const answer = await fetch(`/dev-mail/messages/${encodeURIComponent(id)}`);
    if (answer.ok) setOpen((await answer.json()) as Message);
  };

  return (
    <Stack>
      <PageTitle>{t('devMail.title')}</PageTitle>
      <Text c="dimmed">{t('devMail.intro')}</Text>
      {problem && <Alert color="yellow">{problem}</Alert>}
      {list && list.length === 0 && <Text>{t('devMail.none')}</Text>}
      <Group align="flex-start" wrap="nowrap" gap="md">
        {list && list.length > 0 && (
          <ScrollArea h={600} style={{ flex: '0 0 45%' }}>
            <HeadedTable headers={[t('devMail.to'), t('devMail.subject'), t('devMail.date')]} highlightOnHover>
              {list.map((mail) => (
                <Table.Tr key={mail.id} bg={open?.id === mail.id ? 'blue.0' : undefined}>
                  <Table.Td>{mail.to}</Table.Td>
                  <Table.Td>
                    <UnstyledButton onClick={() => void show(mail.id)} td="underline">
                      {mail.subject}
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td>{instant(mail.date)}</Table.Td>
                </Table.Tr>
              ))}
            </HeadedTable>
          </ScrollArea>
        )}
        {open && (
          <Paper withBorder p="md" style={{ flex: 1 }} aria-labelledby="mail-subject">
            <Title order={2} size="h4" id="mail-subject">
              {open.subject}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {t('devMail.to')}
              {t('common.colon')} {open.to} · {instant(open.date)}
            </Text>
            {open.html ? (
              <iframe title={open.subject} sandbox="" srcDoc={open.html} style={{ width: '100%', height: 480, border: '1px solid #ddd' }} />
            ) : (
              <Text style={{ whiteSpace: 'pre-wrap' }}>{open.text}</Text>
            )}
            <Text size="xs" c="dimmed" mt="sm" style={{ wordBreak: 'break-all' }}>
              List-Unsubscribe: {open.headers['list-unsubscribe'] ?? '—'}
            </Text>
          </Paper>
        )}
      </Group>
    </Stack>
  );
}
