import { Logger, ServiceUnavailableException } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { HealthCheckService, HealthIndicatorService, TerminusModule } from '@nestjs/terminus';
import { Pool } from 'pg';
import { DatabaseHealthIndicator } from '@recours/database';
import { answeredWithoutCauses, CAUSE_IN_LOGS } from './health-causes';

type Answer = Record<string, Record<string, { status: string; message?: string }>>;
const answerOf = async (check: () => Promise<unknown>): Promise<{ status: number; body: Answer }> => {
  try {
    return { status: 200, body: (await check()) as Answer };
  } catch (error) {
    if (!(error instanceof ServiceUnavailableException)) throw error;
    return { status: 503, body: error.getResponse() as Answer };
  }
};

describe('a health answer on the public port', () => {
  let health: HealthCheckService;
  let indicators: HealthIndicatorService;
  // A role that does not exist: PostgreSQL answers with the role's name, as it would name a host or a database.
  const pool = new Pool({ connectionString: 'postgres://recours_no_such_role@127.0.0.1:5432/postgres', connectionTimeoutMillis: 1_000 });

  beforeAll(async () => {
    const module = await Test.createTestingModule({ imports: [TerminusModule.forRoot({ logger: false })] }).compile();
    health = module.get(HealthCheckService);
    indicators = module.get(HealthIndicatorService);
  });
  afterAll(() => pool.end());

  it('says a database is down without the driver’s words, which go to the log', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    try {
      const database = new DatabaseHealthIndicator(indicators, pool);
      const answer = await answerOf(() => answeredWithoutCauses(() => health.check([() => database.check()])));
      expect(answer.status).toBe(503);
      expect(answer.body.error.database).toMatchObject({ status: 'down', message: CAUSE_IN_LOGS });
      expect(answer.body.details.database).toMatchObject({ status: 'down', message: CAUSE_IN_LOGS });
      expect(JSON.stringify(answer.body)).not.toContain('recours_no_such_role');
      expect(JSON.stringify(warn.mock.calls)).toContain('recours_no_such_role');
    } finally {
      warn.mockRestore();
    }
  });

  it('keeps its own sentences (a lag bound, a timeout) and what is up', async () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const lagging = () => Promise.resolve(indicators.check('projections').down({ message: 'behind by 1000 events or more: dispute-cases' }));
    const up = () => Promise.resolve(indicators.check('eventStore').up({ head: '42' }));
    const answer = await answerOf(() => answeredWithoutCauses(() => health.check([up, lagging])));
    expect(answer.status).toBe(503);
    expect(answer.body.error.projections.message).toBe('behind by 1000 events or more: dispute-cases');
    expect(answer.body.info.eventStore).toEqual({ status: 'up', head: '42' });
    expect((await answerOf(() => answeredWithoutCauses(() => health.check([up])))).status).toBe(200);
  });
});
