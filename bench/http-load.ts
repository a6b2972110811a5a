import autocannon from 'autocannon';
import { postgresCpuMicros, processCpuMicros } from './postgres-cpu';

export interface LoadMeasure {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** Requests answered during the load. */
  answered: number;
  /**
   * This process's CPU time (user + system) per answered request, in µs: what the server (and
   * autocannon, in the same process) spent on one request, which a machine shared with other
   * work moves much less than the throughput.
   */
  cpuMicrosPerRequest: number;
  /**
   * The CPU time of every PostgreSQL process on the machine per answered request, in µs (NaN
   * where /proc cannot tell): the database's share of a request, which the 2 cores also pay.
   */
  dbCpuMicrosPerRequest: number;
  /** With a projector process (`projectorPid`): its CPU time per answered request, in µs; else NaN. */
  projectorCpuMicrosPerRequest: number;
}

/** `clients` connections POSTing GraphQL bodies for `seconds` (autocannon): throughput and latency. */
export function load(url: string, clients: number, seconds: number, body: () => string, token?: string, projectorPid?: number): Promise<LoadMeasure> {
  return new Promise((resolve, reject) => {
    const cpu = process.cpuUsage();
    const db = postgresCpuMicros();
    const projector = projectorPid === undefined ? NaN : processCpuMicros(projectorPid);
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
        const spent = process.cpuUsage(cpu);
        const answered = Math.max(1, result.requests.total);
        resolve({
          rps: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
          errors: result.errors + result.non2xx,
          answered: result.requests.total,
          cpuMicrosPerRequest: (spent.user + spent.system) / answered,
          dbCpuMicrosPerRequest: (postgresCpuMicros() - db) / answered,
          projectorCpuMicrosPerRequest: projectorPid === undefined ? NaN : (processCpuMicros(projectorPid) - projector) / answered,
        });
      },
    );
  });
}
