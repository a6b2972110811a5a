import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';

/** A CPU profile of this process from now until `stop` (what --cpu-prof gives, for one phase only). */
export async function startProfile(): Promise<{ stop(path: string): Promise<string> }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    async stop(path) {
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      await writeFile(path, JSON.stringify(profile));
      return path;
    },
  };
}
