/** How many failed sign-ins a key may have in a window, and how long it is then refused. */
export interface ThrottleRule {
  /** Failures allowed within `windowMs`; the one that reaches it starts a block. */
  limit: number;
  windowMs: number;
  /** The first block; each further block before a success or a quiet day doubles it, up to `maxBlockMs`. */
  blockMs: number;
  maxBlockMs: number;
}

export interface SignInThrottleOptions {
  /** Per account (the e-mail, known or not, so a 429 says nothing about whether it exists). */
  account?: ThrottleRule;
  /** Per network address, across every account it tries. */
  address?: ThrottleRule;
  /** Milliseconds since the epoch; injected so tests move time instead of waiting. */
  now?: () => number;
  /** Keys kept at most; the stalest are forgotten first, so a flood of names cannot grow memory. */
  maxKeys?: number;
}

const MINUTE = 60_000;
export const ACCOUNT_RULE: ThrottleRule = {
  limit: 5,
  windowMs: 15 * MINUTE,
  blockMs: 15 * MINUTE,
  maxBlockMs: 24 * 60 * MINUTE,
};
export const ADDRESS_RULE: ThrottleRule = {
  limit: 20,
  windowMs: 15 * MINUTE,
  blockMs: 15 * MINUTE,
  maxBlockMs: 24 * 60 * MINUTE,
};
/** Blocks already served are forgotten after this long without a failure. */
const QUIET_RESET_MS = 24 * 60 * MINUTE;

interface KeyState {
  /** Times of failures inside the current window, oldest first. */
  failures: number[];
  /** Blocks served since the last success or quiet day: the next lasts blockMs × 2^blocks. */
  blocks: number;
  blockedUntil: number;
  lastFailure: number;
}

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Failed local sign-ins, counted per account and per address in memory with back-off: the local
 * issuer runs in one process (in AWS, Cognito's own threat protection does this). A success clears
 * the account's count; the address keeps its count, so one good account cannot launder guesses at others.
 */
export class SignInThrottle {
  private readonly account: ThrottleRule;
  private readonly address: ThrottleRule;
  private readonly now: () => number;
  private readonly maxKeys: number;
  private readonly states = new Map<string, KeyState>();

  constructor(options: SignInThrottleOptions = {}) {
    this.account = options.account ?? ACCOUNT_RULE;
    this.address = options.address ?? ADDRESS_RULE;
    this.now = options.now ?? Date.now;
    this.maxKeys = options.maxKeys ?? 50_000;
  }

  /**
   * Whether a sign-in for `email` from `address` may be tried now; asked before the password is checked.
   * Without an e-mail only the address is asked (registration).
   */
  check(email: string | undefined, address: string | undefined): ThrottleVerdict {
    const now = this.now();
    const waits = this.keys(email, address)
      .map(({ key }) => this.states.get(key)?.blockedUntil ?? 0)
      .filter((until) => until > now)
      .map((until) => Math.ceil((until - now) / 1000));
    return waits.length === 0 ? { allowed: true } : { allowed: false, retryAfterSeconds: Math.max(...waits) };
  }

  /**
   * Counts a wrong password (or an unknown account) against both keys; without an e-mail, against the
   * address only (a registration refused because the e-mail is taken, which would otherwise enumerate accounts).
   */
  recordFailure(email: string | undefined, address: string | undefined): void {
    const now = this.now();
    for (const { key, rule } of this.keys(email, address)) {
      const state = this.fresh(key, now);
      state.failures = state.failures.filter((at) => at > now - rule.windowMs);
      state.failures.push(now);
      state.lastFailure = now;
      if (state.failures.length >= rule.limit) {
        state.blockedUntil = now + Math.min(rule.blockMs * 2 ** state.blocks, rule.maxBlockMs);
        state.blocks += 1;
        state.failures = [];
      }
      this.states.delete(key);
      this.states.set(key, state);
    }
    this.evict();
  }

  /** A right password clears the account's failures and back-off (not the address's). */
  recordSuccess(email: string): void {
    this.states.delete(accountKey(email));
  }

  private keys(email: string | undefined, address: string | undefined) {
    const keys: { key: string; rule: ThrottleRule }[] = [];
    if (email !== undefined) keys.push({ key: accountKey(email), rule: this.account });
    if (address) keys.push({ key: `address:${address}`, rule: this.address });
    return keys;
  }

  private fresh(key: string, now: number): KeyState {
    const state = this.states.get(key);
    if (!state || now - state.lastFailure > QUIET_RESET_MS)
      return { failures: [], blocks: 0, blockedUntil: state?.blockedUntil ?? 0, lastFailure: now };
    return state;
  }

  /** Map order is insertion order and every failure re-inserts its key: the first keys are the stalest. */
  private evict(): void {
    for (const key of this.states.keys()) {
      if (this.states.size <= this.maxKeys) return;
      this.states.delete(key);
    }
  }
}

const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
