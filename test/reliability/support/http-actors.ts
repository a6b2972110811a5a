import { gql } from './http';

export interface HttpAccount {
  token: string;
  merchantId: string | null;
}

/** Accounts made through a running API process's GraphQL endpoint, as any client would. */
export function apiActorsOverHttp(url: string) {
  return {
    async signUp(role: 'CONSUMER' | 'MERCHANT', name: string): Promise<HttpAccount> {
      const answer = await gql<{ signUp: { token: string; user: { merchantId: string | null } } }>(url, `mutation($i: SignUpInput!) { signUp(input: $i) { token user { merchantId } } }`, {
        i: { email: `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`, password: 'Correct-Horse-42', displayName: name, role, ...(role === 'MERCHANT' ? { merchantName: `${name} shop` } : {}) },
      });
      if (!answer.data) throw new Error(`signUp ${name} failed: ${JSON.stringify(answer.errors ?? answer.text)}`);
      return { token: answer.data.signUp.token, merchantId: answer.data.signUp.user.merchantId };
    },
  };
}
