import { linksFrom, publicUrlProblem } from './links';

describe('PUBLIC_URL, where the links of e-mails point (outside review, finding 4)', () => {
  it('links start with PUBLIC_URL, without its trailing slash', () => {
    expect(linksFrom({ PUBLIC_URL: 'https://recours.example.org/' }).dispute('d-1')).toBe('https://recours.example.org/disputes/d-1');
  });

  it('a PUBLIC_URL that is not an absolute http(s) address stops the start, naming it', () => {
    expect(() => linksFrom({ PUBLIC_URL: 'recours.example.org' })).toThrow(/PUBLIC_URL \(recours\.example\.org\) is not an absolute address: write it with its scheme, e\.g\. https:\/\/recours\.example\.org/);
    expect(() => linksFrom({ PUBLIC_URL: 'ftp://recours.example.org' })).toThrow(/must be an http or https address/);
    expect(() => linksFrom({ PUBLIC_URL: 'https://user:secret@recours.example.org' })).toThrow(/without query, fragment or credentials/);
  });

  it('unset, the address the API listens on serves outside production; a notifier in production requires it', () => {
    expect(linksFrom({ HOST: '0.0.0.0', PORT: '3100' }).base).toBe('http://127.0.0.1:3100');
    expect(publicUrlProblem({}, { required: false })).toBeNull();
    expect(publicUrlProblem({}, { required: true })).toMatch(/^PUBLIC_URL is not set/);
    expect(publicUrlProblem({ PUBLIC_URL: 'http://localhost:3000' }, { required: true })).toBeNull();
  });
});
