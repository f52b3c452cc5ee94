export * from './date-range.ts';
export * from './ipc.ts';
export * from './money.ts';
export * from './patent-number.ts';
export * from './patent-term.ts';
export * from './region-code.ts';
export * from './text.ts';
export * from './uscc.ts';
