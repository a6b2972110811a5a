import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MasterKey, masterKeysFromEnv } from './master-key';

describe('the master key (DATA_KEY)', () => {
  it('is DATA_KEY when set, and DATA_KEY_PREVIOUS during a rotation', () => {
    const { current, previous } = masterKeysFromEnv({ DATA_KEY: 'a-master-key-long-enough-for-production-0', DATA_KEY_PREVIOUS: 'the-one-before-it' } as NodeJS.ProcessEnv);
    expect(current.id).toBe(new MasterKey('a-master-key-long-enough-for-production-0').id);
    expect(previous?.id).toBe(new MasterKey('the-one-before-it').id);
  });

  it('outside production without DATA_KEY, is generated once in DATA_DIR and read back after', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recours-data-key-'));
    const first = masterKeysFromEnv({ DATA_DIR: dir } as NodeJS.ProcessEnv).current;
    expect(statSync(join(dir, 'data-key')).mode & 0o777).toBe(0o600);
    expect(masterKeysFromEnv({ DATA_DIR: dir } as NodeJS.ProcessEnv).current.id).toBe(first.id);
    expect(first.id).toBe(new MasterKey(readFileSync(join(dir, 'data-key'), 'utf8').trim()).id);
  });

  it('is required in production, and at least 32 characters there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recours-data-key-'));
    expect(() => masterKeysFromEnv({ NODE_ENV: 'production', DATA_DIR: dir } as NodeJS.ProcessEnv)).toThrow('DATA_KEY must be set in production');
    expect(() => masterKeysFromEnv({ NODE_ENV: 'production', DATA_KEY: 'short' } as NodeJS.ProcessEnv)).toThrow('DATA_KEY must be at least 32 characters in production');
  });

  it('wraps a data key for one subject only', () => {
    const master = new MasterKey('a-master-key-long-enough-for-production-0');
    const dataKey = Buffer.alloc(32, 7);
    const wrapped = master.wrap(dataKey, 'alice');
    expect(master.unwrap(wrapped, 'alice').equals(dataKey)).toBe(true);
    expect(() => master.unwrap(wrapped, 'bob')).toThrow();
  });
});
