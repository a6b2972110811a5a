import { SignUpAnswerTime } from './sign-up-answer-time';

describe('SignUpAnswerTime', () => {
  it('asks nothing before any sign-up succeeded', () => {
    expect(new SignUpAnswerTime().remainingFor(3)).toBe(0);
  });

  it('pads a refusal up to the median of the latest successful sign-ups', () => {
    const time = new SignUpAnswerTime();
    for (const ms of [100, 300, 120, 110, 90]) time.succeeded(ms);
    expect(time.remainingFor(40)).toBe(70); // median 110
    expect(time.remainingFor(200)).toBe(0);
  });

  it('forgets sign-ups older than its window', () => {
    const time = new SignUpAnswerTime(3);
    for (const ms of [1000, 1000, 1000, 10, 20, 30]) time.succeeded(ms);
    expect(time.remainingFor(0)).toBe(20);
  });
});
