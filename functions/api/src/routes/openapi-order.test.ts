import { describe, expect, it } from 'vitest';

describe('API module load order', () => {
  it('builds the app even when the domain schemas were created before @hono/zod-openapi loaded', async () => {
    // Prepare: load the domain first, as any caller that validates input before serving does
    await import('@openlicense/domain');
    // Act
    const { createApp } = await import('../app.ts');
    // Assess
    expect(typeof createApp).toBe('function');
  });
});
