import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Runs `work` with a signal aborted when the client goes before its answer is sent (its response
 * closed unfinished; over a WebSocket, where there is no response of its own, its connection
 * closed): a document waiting for its turn then leaves the queue (DocumentBuilds).
 */
export async function whileClientWaits<T>(req: IncomingMessage, res: ServerResponse | undefined, work: (gone: AbortSignal) => Promise<T>): Promise<T> {
  const gone = new AbortController();
  const watched = res ?? req.socket;
  const left = () => {
    if (!res?.writableFinished) gone.abort();
  };
  watched.once('close', left);
  if (req.socket.destroyed) gone.abort();
  try {
    return await work(gone.signal);
  } finally {
    watched.off('close', left);
  }
}
