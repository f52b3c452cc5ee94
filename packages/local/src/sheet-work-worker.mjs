// The worker's JavaScript door: registers tsx in this thread (Node 20 does not apply `--import` to
// worker threads), then loads the TypeScript entry, as `npm start` runs TypeScript source.
import { register } from 'tsx/esm/api';

register();
await import('./sheet-work-worker.ts');
