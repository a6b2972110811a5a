/** A minimal GraphQL-over-HTTP client: the seed uses the API the way any partner would. */
export class GraphQLCaller {
  constructor(private readonly url: string) {}

  async call<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    if (body.errors?.length) {
      const error = new Error(body.errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
      (error as Error & { code?: string }).code = body.errors[0].extensions?.code;
      throw error;
    }
    return body.data as T;
  }
}
