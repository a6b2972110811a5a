import autocannon from 'autocannon';

export interface LoadMeasure {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

/** `clients` connections POSTing GraphQL bodies for `seconds` (autocannon): throughput and latency. */
export function load(url: string, clients: number, seconds: number, body: () => string, token?: string): Promise<LoadMeasure> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        method: 'POST',
        connections: clients,
        duration: seconds,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        requests: [{ setupRequest: (request) => ({ ...request, body: body() }) }],
      },
      (error: Error | null, result: autocannon.Result) => {
        if (error) return reject(error);
        resolve({ rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx });
      },
    );
  });
}
