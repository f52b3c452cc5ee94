export * from './default-ipc-chains.ts';
export * from './grade-reason.ts';
export * from './grade-reason-zh.ts';
export * from './grading-facts.ts';
export * from './grading-settings.ts';
export * from './grading-thresholds.ts';
export * from './ipc-chains.ts';
export * from './patent-grade.ts';
