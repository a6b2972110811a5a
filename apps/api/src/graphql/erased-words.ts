import type { ApolloServerPlugin } from '@apollo/server';
import { withErasedWords } from '@recours/locale';
import { requestLocale } from '../i18n/request-locale';
import type { RequestContext } from './request-context';

/** Every HTTP answer's data with erased words in the reader's language. */
export const localizeErasedWords: ApolloServerPlugin<RequestContext> = {
  async requestDidStart({ contextValue }) {
    const locale = requestLocale(contextValue);
    return {
      async willSendResponse({ response }) {
        if (response.body.kind === 'single' && response.body.singleResult.data) {
          response.body.singleResult.data = withErasedWords(response.body.singleResult.data, locale);
        }
      },
    };
  },
};
