import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { openApiDocument } from './openapi-document.ts';
import { defineRoute } from './route-spec.ts';

const INFO = { title: 'test', version: '1', description: 'test' };

const Offer = z.object({ id: z.string(), title: z.string() });
const Draft = z.object({ title: z.string(), territory: z._default(z.string(), '中国大陆') });

const getOffer = defineRoute({
  method: 'get',
  path: '/offers/{id}',
  summary: 'one offer',
  tags: ['offers'],
  request: { params: z.object({ id: z.string() }) },
  responses: { 200: { description: 'the offer', schema: Offer }, 404: { description: 'not found' } },
});
const listOffers = defineRoute({
  method: 'get',
  path: '/offers',
  summary: 'offers',
  tags: ['offers'],
  request: { query: Draft },
  responses: { 200: { description: 'the offers', schema: z.object({ items: z.array(Offer) }) } },
});
const saveDraft = defineRoute({
  method: 'put',
  path: '/drafts/{id}',
  summary: 'save a draft',
  tags: ['drafts'],
  request: { body: Draft },
  responses: { 200: { description: 'the draft', schema: Draft }, 400: { description: 'invalid' } },
});

interface Schema {
  $ref?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  required?: string[];
}
type Content = Record<string, { schema: Schema }>;
interface Operation {
  parameters: { name: string }[];
  requestBody?: { content: Content };
  responses: Record<string, { content?: Content }>;
}
interface Doc {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}
const documentOf = (...args: Parameters<typeof openApiDocument>) =>
  openApiDocument(...args) as unknown as Doc;
const responseSchema = (doc: Doc, path: string, method: string, status: number) =>
  doc.paths[path]?.[method]?.responses[status]?.content?.['application/json']?.schema;
const componentOf = (doc: Doc, name: string) => doc.components.schemas[name];

describe('the OpenAPI document', () => {
  it('writes a named schema once under components and refers to it from every route that returns it', () => {
    // Act
    const doc = documentOf([getOffer, listOffers], INFO, { Offer });

    // Assess
    expect(responseSchema(doc, '/offers/{id}', 'get', 200)).toEqual({ $ref: '#/components/schemas/Offer' });
    expect(responseSchema(doc, '/offers', 'get', 200)?.properties?.items?.items).toEqual({
      $ref: '#/components/schemas/Offer',
    });
    expect(componentOf(doc, 'Offer')?.properties).toEqual({
      id: { type: 'string' },
      title: { type: 'string' },
    });
  });

  it('refers every error response to one Error schema instead of repeating it', () => {
    // Act
    const doc = documentOf([getOffer, saveDraft], INFO);

    // Assess
    expect(responseSchema(doc, '/offers/{id}', 'get', 404)).toEqual({ $ref: '#/components/schemas/Error' });
    expect(responseSchema(doc, '/drafts/{id}', 'put', 400)).toEqual({ $ref: '#/components/schemas/Error' });
    expect(componentOf(doc, 'Error')?.properties?.error?.required).toEqual(['code', 'message']);
  });

  it('writes a schema sent and returned in different forms twice: the request form, and <name>Output', () => {
    // Act
    const doc = documentOf([saveDraft], INFO, { Draft });

    // Assess: a client may leave out the territory it sends, and always gets one back
    expect(doc.paths['/drafts/{id}']?.put?.requestBody?.content['application/json']?.schema).toEqual({
      $ref: '#/components/schemas/Draft',
    });
    expect(responseSchema(doc, '/drafts/{id}', 'put', 200)).toEqual({
      $ref: '#/components/schemas/DraftOutput',
    });
    expect(componentOf(doc, 'Draft')?.required).toEqual(['title']);
    expect(componentOf(doc, 'DraftOutput')?.required).toEqual(['title', 'territory']);
  });

  it('keeps one name for a schema whose request and response forms are the same', () => {
    // Act
    const doc = documentOf([getOffer], INFO, { Offer, Id: z.object({ id: z.string() }) });

    // Assess
    expect(Object.keys(doc.components.schemas).sort()).toEqual(['Error', 'Offer']);
  });

  it('lists the fields of a named query schema as parameters, not a reference', () => {
    // Act
    const doc = documentOf([listOffers], INFO, { Draft });

    // Assess
    expect(doc.paths['/offers']?.get?.parameters.map((p) => p.name)).toEqual(['title', 'territory']);
  });

  it('refuses two schemas that would share a component name', () => {
    // Act
    const build = () => documentOf([saveDraft, getOffer], INFO, { Draft, DraftOutput: Offer });

    // Assess
    expect(build).toThrow(/DraftOutput/);
  });
});
