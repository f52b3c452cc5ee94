import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicyHeader } from './content-security-policy.ts';

describe('Content-Security-Policy', () => {
  it('spells every directive as the header does, joined by semicolons', () => {
    // Act
    const header = contentSecurityPolicyHeader({ defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:'] });

    // Assess
    expect(header).toBe("default-src 'self'; img-src 'self' data:");
  });

  it('allows no inline script, no eval and no framing', () => {
    // Act
    const header = contentSecurityPolicyHeader();

    // Assess
    expect(CONTENT_SECURITY_POLICY.scriptSrc).toEqual(["'self'"]);
    expect(header).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(header).toContain("frame-ancestors 'none'");
    expect(header).toContain("object-src 'none'");
  });
});
