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
import { cssVariablesResolver, theme } from './theme';

function ApiProvider({ children }: { children: React.ReactNode }) {
  const { token } = useSession();
  const { locale } = useI18n();
  const client = useMemo(() => createApiClient(token, locale), [token, locale]);
  return <UrqlProvider value={client}>{children}</UrqlProvider>;
}

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <Notifications position="top-right" />
      <I18nProvider>
        <SessionProvider>
          <ApiProvider>
            <SessionCheck />
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </ApiProvider>
        </SessionProvider>
      </I18nProvider>
    </MantineProvider>
  );
}
