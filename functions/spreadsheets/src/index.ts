export * from './app.ts';
export * from './patent-sheet.ts';
