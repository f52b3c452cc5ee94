import { describe, expect, it } from 'vitest';
import { apiDocument } from './app.ts';

type Doc = {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>
  >;
  components: { schemas: Record<string, unknown> };
};

const refsIn = (value: unknown, found = new Set<string>()): Set<string> => {
  if (Array.isArray(value)) for (const item of value) refsIn(item, found);
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value))
      if (key === '$ref' && typeof item === 'string') found.add(item);
      else refsIn(item, found);
  return found;
};

describe('the API document the docs page renders', () => {
  const doc = apiDocument() as Doc;

  it('resolves every reference to a component, and lists no component nothing refers to', () => {
    // Act
    const refs = refsIn(doc);

    // Assess
    const names = Object.keys(doc.components.schemas);
    expect([...refs].filter((ref) => !names.includes(ref.replace('#/components/schemas/', '')))).toEqual([]);
    expect(names.filter((name) => !refs.has(`#/components/schemas/${name}`))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['Error', 'DealView', 'BundleDetail', 'Royalty']));
  });

  it('answers every refusal with the one Error schema', () => {
    // Act
    const refusals = Object.values(doc.paths).flatMap((methods) =>
      Object.values(methods).flatMap((operation) =>
        Object.entries(operation.responses)
          .filter(([status]) => Number(status) >= 400)
          .map(([, response]) => response.content?.['application/json']?.schema),
      ),
    );

    // Assess
    expect(refusals.length).toBeGreaterThan(300);
    expect(new Set(refusals.map((schema) => JSON.stringify(schema)))).toEqual(
      new Set([JSON.stringify({ $ref: '#/components/schemas/Error' })]),
    );
  });

  it('stays small enough for the docs page to open quickly (each shape written once, not per route)', () => {
    // Inlined per route, the document was 790 KB and Swagger UI spent ~6 s of main thread opening it.
    expect(JSON.stringify(doc).length).toBeLessThan(400_000);
  });
});
