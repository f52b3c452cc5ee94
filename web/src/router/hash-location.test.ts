import { describe, expect, it } from 'vitest';
import { parseHashLocation, screenHref } from './hash-location.ts';

describe('parseHashLocation', () => {
  it('reads the sub-path after the screen and the query', () => {
    // Act
    const { segments, query } = parseHashLocation('#/needs/01J0000000000000000000000A/edit?status=open');

    // Assess
    expect(segments).toEqual(['01J0000000000000000000000A', 'edit']);
    expect(query.get('status')).toBe('open');
  });

  it('has no segments on the screen itself', () => {
    expect(parseHashLocation('#/patents').segments).toEqual([]);
    expect(parseHashLocation('').segments).toEqual([]);
  });

  it('decodes an encoded segment', () => {
    expect(parseHashLocation('#/patents/201710601862.3/edit').segments).toEqual(['201710601862.3', 'edit']);
    expect(parseHashLocation('#/x/%E4%B8%AD').segments).toEqual(['中']);
  });
});

describe('screenHref', () => {
  it('joins the screen, encoded segments and non-empty query values', () => {
    expect(screenHref('needs', ['a b', 'edit'], { status: 'open', q: '', visibility: undefined })).toBe(
      '#/needs/a%20b/edit?status=open',
    );
  });

  it('round-trips through parseHashLocation', () => {
    const href = screenHref('needs', ['new'], { enterpriseOrgId: 'E1' });
    const { segments, query } = parseHashLocation(href);
    expect(segments).toEqual(['new']);
    expect(query.get('enterpriseOrgId')).toBe('E1');
  });
});
