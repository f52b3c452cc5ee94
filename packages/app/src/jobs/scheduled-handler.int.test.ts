import { describe, expect, it } from 'vitest';
import { createTestTable } from '../../../../test/support/test-table.ts';
import { createScheduledHandler } from './scheduled-handler.ts';

describe('scheduled handler (DynamoDB Local)', () => {
  it('runs every job, records each run, and fails the invocation if one job failed', async () => {
    // Prepare
    const { store } = await createTestTable();
    const ran: string[] = [];
    const handler = createScheduledHandler(
      [
        { name: 'broken', run: async () => Promise.reject(new Error('disk full')) },
        {
          name: 'fine',
          run: async () => {
            ran.push('fine');
            return 'done';
          },
        },
      ],
      store.jobRuns,
    );
    // Act
    const outcome = handler({}).catch((error: Error) => error.message);
    // Assess
    expect(await outcome).toBe('scheduled jobs failed: broken');
    expect(ran).toEqual(['fine']);
    expect(await store.jobRuns.last('broken')).toMatchObject({
      outcome: expect.stringContaining('disk full'),
    });
    expect(await store.jobRuns.last('fine')).toMatchObject({ outcome: 'done' });
  });

  it('runs only the jobs the event names', async () => {
    const { store } = await createTestTable();
    const ran: string[] = [];
    const handler = createScheduledHandler(
      ['a', 'b'].map((name) => ({
        name,
        run: async () => {
          ran.push(name);
          return 'ok';
        },
      })),
      store.jobRuns,
    );
    await handler({ jobs: ['b'] });
    expect(ran).toEqual(['b']);
  });
});
