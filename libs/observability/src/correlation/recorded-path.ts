/**
 * Paths that carry a one-time secret in a segment: the segment after each prefix is what opens
 * it (an unsubscribe link, RFC 8058, must be a path the mail client POSTs to as is). The other
 * one-time links (password reset, address confirmation, invitations) carry theirs in the query
 * string, which is never recorded.
 */
const SECRET_SEGMENT_AFTER = ['/unsubscribe/'] as const;

/**
 * A request's path as logs and traces record it: without its query string or fragment (a token, a
 * GraphQL GET's variables), and with any one-time secret in the path replaced by `:token`, the
 * route's own name for it. The one place both the HTTP log line and the server span take it from.
 */
export function recordedPath(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const path = url.split(/[?#]/, 1)[0];
  for (const prefix of SECRET_SEGMENT_AFTER) {
    // Express matches routes without regard to case: so does this.
    if (path.toLowerCase().startsWith(prefix) && path.length > prefix.length) return `${path.slice(0, prefix.length)}:token${path.slice(prefix.length).replace(/^[^/]*/, '')}`;
  }
  return path;
}
