import { startServer } from './server';

/** One real server for the whole run; tests find it in RECOURS_BASE_URL. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const server = await startServer();
  process.env.RECOURS_BASE_URL = server.url;
  return () => server.stop();
}
