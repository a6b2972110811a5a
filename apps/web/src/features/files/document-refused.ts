/** A download refused, with the server's words for the reader when it gave any (see reasonOf). Apart from fetch-document.ts, which needs the DOM, so that the API's tests can read it. */
export class DocumentRefused extends Error {
  constructor(readonly status: number, readonly reason: string | undefined) {
    super(reason ?? String(status));
  }

  /**
   * What to tell the reader, when the server said it for her: a refusal of her request (4xx: a file
   * erased, too many downloads this hour), or 503 (too many documents being produced, the database
   * out of reach: try again in a moment). Its faults (500) it words for nobody.
   */
  static reasonOf(error: unknown): string | undefined {
    return error instanceof DocumentRefused && ((error.status >= 400 && error.status < 500) || error.status === 503) ? error.reason : undefined;
  }
}
