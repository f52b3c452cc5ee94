export * from './app.ts';
export * from './patent-sheet.ts';
export * from './sheet-work.ts';
