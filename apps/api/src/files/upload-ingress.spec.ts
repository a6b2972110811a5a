import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { ENVELOPE_BYTES } from './files.controller';
import { DEFAULT_MAX_UPLOAD_BYTES } from './upload-limit';

interface Ingress {
  kind: string;
  metadata: { name: string; annotations?: Record<string, string> };
  spec: { rules: Array<{ http: { paths: Array<{ path: string }> } }> };
}

/** nginx's size syntax: 256k, 21m, 1g, or bytes. */
const bytesOf = (size: string): number => {
  const m = /^(\d+)([kmg]?)$/i.exec(size.trim());
  if (!m) throw new Error(`not an nginx size: ${size}`);
  return Number(m[1]) * { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
};

const ingresses = parseAllDocuments(readFileSync(join(__dirname, '../../../../infra/k8s/base/ingress.yaml'), 'utf8'))
  .map((d) => d.toJS() as Ingress)
  .filter((o) => o?.kind === 'Ingress');

/** The Ingress whose longest path prefix matches `path`, as nginx picks it. */
function servedBy(path: string): Ingress {
  const candidates = ingresses.flatMap((ingress) => ingress.spec.rules.flatMap((rule) => rule.http.paths.filter((p) => path.startsWith(p.path)).map((p) => ({ ingress, length: p.path.length }))));
  return candidates.sort((a, b) => b.length - a.length)[0].ingress;
}

describe('the public Ingress lets evidence uploads reach the API', () => {
  it('POST /files may carry a file of MAX_UPLOAD_BYTES (default) and its multipart envelope', () => {
    const size = servedBy('/files').metadata.annotations?.['nginx.ingress.kubernetes.io/proxy-body-size'] ?? '1m';
    expect(bytesOf(size)).toBeGreaterThanOrEqual(DEFAULT_MAX_UPLOAD_BYTES + ENVELOPE_BYTES);
  });

  it('GraphQL keeps the small limit of BODY_LIMIT', () => {
    expect(servedBy('/graphql').metadata.annotations?.['nginx.ingress.kubernetes.io/proxy-body-size']).toBe('256k');
  });
});
