import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface ProjectorProcess {
  pid: number;
  stop(): Promise<void>;
}

/**
 * apps/projector in a process of its own on `databaseUrl`, as deployed at scale: answers once it
 * says it is running. Its output is read and dropped; it stops on SIGTERM (its batch finished).
 */
export async function startProjectorProcess(databaseUrl: string): Promise<ProjectorProcess> {
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, '../apps/projector/src/main.js')], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PROJECTIONS: '', LOG_LEVEL: 'info', METRICS_PORT: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error('the projector process did not say it was running within 60 s')), 60_000);
    child.once('exit', (code) => reject(new Error(`the projector process exited (${code}) before it was running`)));
    lines.on('line', (line) => {
      if (!line.includes('recours projector is running')) return;
      clearTimeout(timer);
      resolve();
    });
  });
  return {
    pid: child.pid!,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
