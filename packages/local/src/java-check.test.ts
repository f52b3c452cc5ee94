import { describe, expect, it } from 'vitest';
import { assertJava, JavaMissingError, javaMajorVersion } from './java-check.ts';

describe('java check', () => {
  it('reads the major version of modern and legacy Java', () => {
    expect(javaMajorVersion('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(javaMajorVersion('java version "1.8.0_392"')).toBe(8);
    expect(javaMajorVersion('nonsense')).toBeUndefined();
  });

  it('stops with the apt-get line when Java is missing', () => {
    expect(() => assertJava('/nonexistent/java')).toThrow(JavaMissingError);
    expect(() => assertJava('/nonexistent/java')).toThrow(/apt-get install -y openjdk-17-jre-headless/);
  });
});
