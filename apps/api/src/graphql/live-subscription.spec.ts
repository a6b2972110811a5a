import type { ExecutionResult } from 'graphql';
import { AsyncQueue } from '../disputes/live/async-queue';
import { LiveSubscription } from './live-subscription';

describe('a live subscription the server can end (its token expired or was revoked)', () => {
  const given = () => {
    const source = new AsyncQueue<ExecutionResult>();
    let ends = 0;
    const stream = new LiveSubscription(source, () => ends++);
    return { source, stream, ends: () => ends };
  };

  it('passes its source on, and ends once when its source ends', async () => {
    const { source, stream, ends } = given();
    source.push({ data: { n: 1 } });
    source.end();
    expect(await stream.next()).toEqual({ value: { data: { n: 1 } }, done: false });
    expect(await stream.next()).toEqual({ value: undefined, done: true });
    expect(await stream.next()).toEqual({ value: undefined, done: true });
    expect(ends()).toBe(1);
  });

  it('when ended while waiting: sends the last result it was given, then completes, and stops its source', async () => {
    const { source, stream, ends } = given();
    const waiting = stream.next();
    stream.end({ errors: [] });
    expect(await waiting).toEqual({ value: { errors: [] }, done: false });
    expect(await stream.next()).toEqual({ value: undefined, done: true });
    source.push({ data: { late: true } }); // the source was ended: nothing more comes through
    expect(await stream.next()).toEqual({ value: undefined, done: true });
    expect(ends()).toBe(1);
  });

  it('the client completing it (return) ends it once, and a later end changes nothing', async () => {
    const { stream, ends } = given();
    expect(await stream.return()).toEqual({ value: undefined, done: true });
    stream.end({ errors: [] });
    expect(await stream.next()).toEqual({ value: undefined, done: true });
    expect(ends()).toBe(1);
  });
});
