import { gql } from './http';

export interface HttpAccount {
  id: string;
  token: string;
  merchantId: string | null;
}

/** Accounts made through a running API process's GraphQL endpoint, as any client would. */
export function apiActorsOverHttp(url: string) {
  return {
    /** Signs up with password `Correct-Horse-42`, at `email` when given (else one made from the name). */
    async signUp(role: 'CONSUMER' | 'MERCHANT', name: string, email?: string): Promise<HttpAccount> {
      const answer = await gql<{ signUp: { token: string; user: { id: string; merchantId: string | null } } }>(url, `mutation($i: SignUpInput!) { signUp(input: $i) { token user { id merchantId } } }`, {
        i: { email: email ?? `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`, password: 'Correct-Horse-42', displayName: name, role, ...(role === 'MERCHANT' ? { merchantName: `${name} shop` } : {}) },
      });
      if (!answer.data) throw new Error(`signUp ${name} failed: ${JSON.stringify(answer.errors ?? answer.text)}`);
      return { id: answer.data.signUp.user.id, token: answer.data.signUp.token, merchantId: answer.data.signUp.user.merchantId };
    },
  };
}
