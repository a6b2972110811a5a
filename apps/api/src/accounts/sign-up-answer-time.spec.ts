import { SignUpAnswerTime, STARTING_ESTIMATE_MS } from './sign-up-answer-time';

describe('SignUpAnswerTime', () => {
  it('before any sign-up succeeded (a freshly started process), pads a refusal up to the starting estimate, not nothing', () => {
    expect(STARTING_ESTIMATE_MS).toBeGreaterThan(0);
    expect(new SignUpAnswerTime().remainingFor(3)).toBe(STARTING_ESTIMATE_MS - 3);
    expect(new SignUpAnswerTime().remainingFor(STARTING_ESTIMATE_MS + 1)).toBe(0);
  });

  it('pads a refusal up to the median of the latest successful sign-ups, the starting estimate one sample among them', () => {
    const time = new SignUpAnswerTime(25, 30);
    for (const ms of [100, 300, 120, 110, 90, 95]) time.succeeded(ms);
    expect(time.remainingFor(40)).toBe(60); // median of 30, 90, 95, 100, 110, 120, 300
    expect(time.remainingFor(200)).toBe(0);
  });

  it('forgets sign-ups older than its window, the starting estimate first', () => {
    const time = new SignUpAnswerTime(3, 1000);
    for (const ms of [1000, 1000, 10, 20, 30]) time.succeeded(ms);
    expect(time.remainingFor(0)).toBe(20);
  });
});
