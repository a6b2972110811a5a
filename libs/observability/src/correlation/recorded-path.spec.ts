import { recordedPath } from './recorded-path';

describe('the path logs and traces record', () => {
  it('leaves out the query string and a one-time secret in the path, whatever the case the route was matched in', () => {
    expect(recordedPath('/graphql?token=abc&variables=%7B%7D')).toBe('/graphql');
    expect(recordedPath('/unsubscribe/eyJhY2NvdW50Ijo.signature')).toBe('/unsubscribe/:token');
    expect(recordedPath('/Unsubscribe/eyJhY2NvdW50Ijo.signature/?x=1#y')).toBe('/Unsubscribe/:token/');
    expect(recordedPath('/disputes/0b5e/case-file.pdf?download=1')).toBe('/disputes/0b5e/case-file.pdf');
    expect(recordedPath('/unsubscribe/')).toBe('/unsubscribe/');
    expect(recordedPath(undefined)).toBeUndefined();
  });
});
