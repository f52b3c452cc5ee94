import { describe, expect, it } from 'vitest';
import { SignInThrottle } from './sign-in-throttle.ts';

const MINUTE = 60_000;
const EMAIL = 'someone@example.cn';
const ADDRESS = '203.0.113.7';

function throttleAt(start = Date.UTC(2026, 0, 1)) {
  const clock = { now: start };
  const throttle = new SignInThrottle({ now: () => clock.now });
  const fail = (times: number, email = EMAIL, address: string | undefined = ADDRESS) => {
    for (let i = 0; i < times; i++) throttle.recordFailure(email, address);
  };
  return { clock, throttle, fail };
}

describe('SignInThrottle', () => {
  it('allows four failures on an account and refuses after the fifth, for 15 minutes', () => {
    // Prepare
    const { throttle, fail } = throttleAt();

    // Act
    fail(4);
    const afterFour = throttle.check(EMAIL, ADDRESS);
    fail(1);
    const afterFive = throttle.check(EMAIL, ADDRESS);

    // Assess
    expect(afterFour).toEqual({ allowed: true });
    expect(afterFive).toEqual({ allowed: false, retryAfterSeconds: 15 * 60 });
  });

  it('counts Retry-After down with the clock and lifts the block when it has passed', () => {
    // Prepare
    const { clock, throttle, fail } = throttleAt();
    fail(5);

    // Act
    clock.now += 10 * MINUTE + 500;
    const later = throttle.check(EMAIL, ADDRESS);
    clock.now += 5 * MINUTE;
    const after = throttle.check(EMAIL, ADDRESS);

    // Assess
    expect(later).toEqual({ allowed: false, retryAfterSeconds: 5 * 60 });
    expect(after).toEqual({ allowed: true });
  });

  it('forgets failures older than the 15-minute window', () => {
    // Prepare
    const { clock, throttle, fail } = throttleAt();
    fail(4);

    // Act
    clock.now += 15 * MINUTE + 1;
    fail(4);

    // Assess
    expect(throttle.check(EMAIL, ADDRESS)).toEqual({ allowed: true });
  });

  it('doubles each further block (back-off) until a success', () => {
    // Prepare
    const { clock, throttle, fail } = throttleAt();

    // Act
    fail(5);
    const first = throttle.check(EMAIL, ADDRESS);
    clock.now += 15 * MINUTE;
    fail(5);
    const second = throttle.check(EMAIL, ADDRESS);
    clock.now += 30 * MINUTE;
    fail(5);
    const third = throttle.check(EMAIL, ADDRESS);

    // Assess
    expect([first, second, third]).toEqual([
      { allowed: false, retryAfterSeconds: 15 * 60 },
      { allowed: false, retryAfterSeconds: 30 * 60 },
      { allowed: false, retryAfterSeconds: 60 * 60 },
    ]);
  });

  it('resets the account on a success: the next failures start from zero and the first block again', () => {
    // Prepare
    const { clock, throttle, fail } = throttleAt();
    fail(5);
    clock.now += 15 * MINUTE;
    fail(4);

    // Act
    throttle.recordSuccess(EMAIL);
    fail(4, EMAIL, '198.51.100.1');
    const afterFour = throttle.check(EMAIL, '198.51.100.1');
    fail(1, EMAIL, '198.51.100.1');
    const afterFive = throttle.check(EMAIL, '198.51.100.1');

    // Assess
    expect(afterFour).toEqual({ allowed: true });
    expect(afterFive).toEqual({ allowed: false, retryAfterSeconds: 15 * 60 });
  });

  it('treats the e-mail without regard to case, known or not', () => {
    // Prepare
    const { throttle, fail } = throttleAt();

    // Act
    fail(5, 'Nobody@Example.CN');

    // Assess
    expect(throttle.check('nobody@example.cn', ADDRESS).allowed).toBe(false);
  });

  it('refuses an address after 20 failures spread over many accounts, and only that address', () => {
    // Prepare
    const { throttle } = throttleAt();

    // Act
    for (let i = 0; i < 19; i++) throttle.recordFailure(`user${i}@example.cn`, ADDRESS);
    const after19 = throttle.check('fresh@example.cn', ADDRESS);
    throttle.recordFailure('user19@example.cn', ADDRESS);
    const after20 = throttle.check('fresh@example.cn', ADDRESS);
    const elsewhere = throttle.check('fresh@example.cn', '198.51.100.1');

    // Assess
    expect(after19).toEqual({ allowed: true });
    expect(after20).toEqual({ allowed: false, retryAfterSeconds: 15 * 60 });
    expect(elsewhere).toEqual({ allowed: true });
  });

  it('keeps the address count through a success on one account', () => {
    // Prepare
    const { throttle } = throttleAt();
    for (let i = 0; i < 19; i++) throttle.recordFailure(`user${i}@example.cn`, ADDRESS);

    // Act
    throttle.recordSuccess('mine@example.cn');
    throttle.recordFailure('user19@example.cn', ADDRESS);

    // Assess
    expect(throttle.check('mine@example.cn', ADDRESS).allowed).toBe(false);
  });

  it('counts a failure without an e-mail against the address only', () => {
    // Prepare
    const { throttle } = throttleAt();

    // Act
    for (let i = 0; i < 20; i++) throttle.recordFailure(undefined, ADDRESS);

    // Assess
    expect(throttle.check(undefined, ADDRESS).allowed).toBe(false);
    expect(throttle.check(EMAIL, '198.51.100.1')).toEqual({ allowed: true });
  });

  it('counts only the account when the address is not known', () => {
    // Prepare
    const { throttle } = throttleAt();

    // Act
    for (let i = 0; i < 30; i++) throttle.recordFailure(`user${i}@example.cn`, undefined);

    // Assess
    expect(throttle.check('fresh@example.cn', undefined)).toEqual({ allowed: true });
  });

  it('forgets the stalest keys beyond its size bound', () => {
    // Prepare
    const clock = { now: 0 };
    const throttle = new SignInThrottle({ now: () => clock.now, maxKeys: 2 });
    for (let i = 0; i < 5; i++) throttle.recordFailure('old@example.cn', undefined);

    // Act
    throttle.recordFailure('a@example.cn', undefined);
    throttle.recordFailure('b@example.cn', undefined);

    // Assess
    expect(throttle.check('old@example.cn', undefined)).toEqual({ allowed: true });
  });
});
