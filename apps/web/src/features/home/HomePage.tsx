import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { HOME_OF } from '../../session/home-path';
import { useSession } from '../../session/SessionProvider';
import { PageTitle } from '../../ui/PageTitle';

export function HomePage() {
  const { t } = useI18n();
  const { user } = useSession();
  return (
    <Stack maw={960} mx="auto">
      <PageTitle>{t('home.title')}</PageTitle>
      <Text size="lg">{t('home.lead')}</Text>
      <Group>
        {user ? (
          <Button component={Link} to={HOME_OF[user.role]}>
            {t('home.continue')}
          </Button>
        ) : (
          <>
            <Button component={Link} to="/signup">
              {t('home.fileAClaim')}
            </Button>
            <Button component={Link} to="/rights" variant="default">
              {t('home.checkRights')}
            </Button>
          </>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} mt="md">
        {(['consumer', 'merchant', 'mediator', 'association'] as const).map((who) => (
          <Card key={who} withBorder>
            <Title order={2} size="h4" mb="xs">
              {t(`home.for.${who}.title`)}
            </Title>
            <Text size="sm">{t(`home.for.${who}.body`)}</Text>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
