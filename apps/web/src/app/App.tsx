import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { BrowserRouter } from 'react-router';
import { Provider as UrqlProvider } from 'urql';
import { createApiClient } from '../api/client';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import { SessionCheck } from '../session/SessionCheck';
import { SessionProvider, useSession } from '../session/SessionProvider';
import { AppRoutes } from './AppRoutes';
import { cssVariablesResolver, themeIn } from './theme';

function ApiProvider({ children }: { children: React.ReactNode }) {
  const { token } = useSession();
  const { locale } = useI18n();
  const client = useMemo(() => createApiClient(token, locale), [token, locale]);
  return <UrqlProvider value={client}>{children}</UrqlProvider>;
}

/** Mantine in the page's language: the words its components say of themselves follow the language chosen. */
function MantineInLanguage({ children }: { children: React.ReactNode }) {
  const { t } = useI18n();
  const theme = useMemo(() => themeIn({ showPassword: t('auth.showPassword') }), [t]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      {children}
    </MantineProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <MantineInLanguage>
        <Notifications position="top-right" />
        <SessionProvider>
          <ApiProvider>
            <SessionCheck />
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </ApiProvider>
        </SessionProvider>
      </MantineInLanguage>
    </I18nProvider>
  );
}
