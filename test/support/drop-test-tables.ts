import { afterAll } from 'vitest';
import { dropTestTables } from './test-table.ts';

// Runs after each integration test file (a vitest setup file): its tables go with it.
afterAll(dropTestTables);
