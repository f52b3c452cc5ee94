import { describe, expect, it } from 'vitest';
import { featureMessages, LOCALES, messages } from './messages.ts';

type FeatureMessages = Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, string>>>>>>;

/** The problems that would make a split catalogue lie: one-language keys, keys in two features, empty text. */
function catalogueProblems(features: FeatureMessages): string[] {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  for (const [feature, locales] of Object.entries(features)) {
    const zhKeys = Object.keys(locales['zh-CN'] ?? {});
    for (const locale of LOCALES) {
      const texts = locales[locale] ?? {};
      for (const key of zhKeys)
        if (!(key in texts)) problems.push(`${feature}: ${key} has no ${locale} text`);
      for (const [key, text] of Object.entries(texts)) {
        if (!zhKeys.includes(key)) problems.push(`${feature}: ${key} exists in ${locale} only`);
        if (text.trim() === '') problems.push(`${feature}: ${key} is empty in ${locale}`);
      }
    }
    for (const key of zhKeys) {
      const first = owner.get(key);
      if (first) problems.push(`${key} is defined in both ${first} and ${feature}`);
      else owner.set(key, feature);
    }
  }
  return problems;
}

describe('feature message files', () => {
  it('give every key in both languages, in one feature only, with text', () => {
    expect(catalogueProblems(featureMessages)).toEqual([]);
  });

  it('together make the whole catalogue', () => {
    // Prepare
    const featureKeys = Object.values(featureMessages).flatMap((feature) => Object.keys(feature['zh-CN']));

    // Assess
    expect(featureKeys.sort()).toEqual(Object.keys(messages['zh-CN']).sort());
  });

  it('reports a key in one language only, a key defined twice, and an empty text', () => {
    // Prepare
    const broken = {
      shell: { 'zh-CN': { 'a.one': '一', 'a.two': '二' }, en: { 'a.one': 'One', 'a.three': 'Three' } },
      deals: { 'zh-CN': { 'a.one': '一', 'b.empty': ' ' }, en: { 'a.one': 'One', 'b.empty': 'Empty' } },
    };

    // Act
    const problems = catalogueProblems(broken);

    // Assess
    expect(problems).toEqual([
      'shell: a.two has no en text',
      'shell: a.three exists in en only',
      'deals: b.empty is empty in zh-CN',
      'a.one is defined in both shell and deals',
    ]);
  });
});
