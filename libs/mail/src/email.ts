/** One e-mail, already in its recipient's language: plain text and HTML. */
export interface Email {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
  /** A stable Message-ID (`<id@domain>`), so that a receiver can drop a message sent twice. */
  messageId?: string;
}

export interface SentEmail {
  messageId: string;
  /** The SMTP server's answer, or the file the message was written to. */
  response: string;
}
