import {
  ContactSchema,
  coveringOffice,
  FenSchema,
  ipcSharedLevel,
  ORG_TYPES,
  PasswordSchema,
  parseIpc,
  parsePatentNumber,
  parseRegionCode,
  parseUscc,
  patentExpiry,
} from '@openlicense/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS_BY_TYPE, DEMO_NEEDS, DEMO_ORGANISATIONS, DEMO_PATENTS, DEMO_USERS } from './index.ts';

const orgByKey = new Map(DEMO_ORGANISATIONS.map((org) => [org.key, org]));
/** The demo is presented as of 2026; every patent must still be in force then. */
const DEMO_TODAY = '2026-01-01';

function isIsoDate(date: string): boolean {
  return patentExpiry('invention', date) !== null;
}

describe('DEMO_ORGANISATIONS', () => {
  it('gives every organisation a unique key', () => {
    expect(orgByKey.size).toBe(DEMO_ORGANISATIONS.length);
  });

  it.each(DEMO_ORGANISATIONS.map((org) => [org.key, org] as const))(
    'gives %s a valid USCC whose division code is its region',
    (_key, org) => {
      // Act
      const uscc = parseUscc(org.uscc);
      // Assess
      expect(uscc).toEqual({ ok: true, value: org.uscc, regionCode: org.regionCode });
      expect(parseRegionCode(org.regionCode).ok).toBe(true);
      expect(ContactSchema.safeParse(org.contact).success).toBe(true);
    },
  );

  it('uses every USCC only once', () => {
    expect(new Set(DEMO_ORGANISATIONS.map((org) => org.uscc)).size).toBe(DEMO_ORGANISATIONS.length);
  });

  it('has exactly one pending organisation, an enterprise', () => {
    const pending = DEMO_ORGANISATIONS.filter((org) => org.status === 'pending');
    expect(pending).toHaveLength(1);
    expect(pending[0]?.type).toBe('enterprise');
  });

  it('has the mix of organisation types the demo needs', () => {
    const count = (type: string) => DEMO_ORGANISATIONS.filter((org) => org.type === type).length;
    expect(count('university')).toBeGreaterThanOrEqual(4);
    expect(count('enterprise')).toBe(13);
    expect(count('agency')).toBe(1);
    expect(count('park')).toBe(1);
    expect(count('ip_office')).toBe(2);
  });

  it('has every organisation reviewed by the IP office of its region: Changsha’s for 4301xx, the province’s for the rest', () => {
    const offices = DEMO_ORGANISATIONS.filter((org) => org.type === 'ip_office').map((org) => ({
      orgId: org.key,
      name: org.name,
      regionCode: org.regionCode,
    }));
    for (const org of DEMO_ORGANISATIONS.filter((o) => o.type !== 'ip_office'))
      expect(coveringOffice(offices, org.regionCode)?.orgId, org.key).toBe(
        org.regionCode.startsWith('4301') ? 'cs-ipo' : 'hn-ipo',
      );
    expect(DEMO_ORGANISATIONS.find((o) => o.type === 'ip_office')?.key).toBe('cs-ipo');
  });

  it('centres the demo on Hunan', () => {
    expect(DEMO_ORGANISATIONS.every((org) => org.regionCode.startsWith('43'))).toBe(true);
  });
});

describe('DEMO_USERS', () => {
  it('attaches every user to an existing organisation', () => {
    for (const user of DEMO_USERS) expect(orgByKey.has(user.orgKey)).toBe(true);
  });

  it('gives every organisation exactly one admin', () => {
    for (const org of DEMO_ORGANISATIONS) {
      const admins = DEMO_USERS.filter((user) => user.orgKey === org.key && user.role === 'admin');
      expect(admins, org.key).toHaveLength(1);
    }
    expect(DEMO_USERS.some((user) => user.role === 'member')).toBe(true);
  });

  it('uses unique e-mail addresses on the demo domain', () => {
    const emails = DEMO_USERS.map((user) => user.email);
    expect(new Set(emails).size).toBe(emails.length);
    for (const user of DEMO_USERS)
      expect(user.email).toMatch(new RegExp(`@${user.orgKey}\\.demo\\.openlicense\\.cn$`));
  });

  it('uses the one demo password, which satisfies the password rules', () => {
    expect(new Set(DEMO_USERS.map((user) => user.password))).toEqual(new Set(['Demo@2026']));
    expect(PasswordSchema.safeParse('Demo@2026').success).toBe(true);
  });
});

describe('DEMO_ACCOUNTS_BY_TYPE', () => {
  it.each(ORG_TYPES)('has an admin account for a %s', (type) => {
    // Act
    const account = DEMO_ACCOUNTS_BY_TYPE[type];
    const user = DEMO_USERS.find((u) => u.email === account.email);
    // Assess
    expect(user?.role).toBe('admin');
    expect(user?.password).toBe(account.password);
    expect(orgByKey.get(account.orgKey)?.type).toBe(type);
    expect(orgByKey.get(account.orgKey)?.status).toBe('approved');
  });

  it('includes the admin of the pending enterprise', () => {
    const account = DEMO_ACCOUNTS_BY_TYPE.pending_enterprise;
    expect(DEMO_USERS.some((u) => u.email === account.email && u.role === 'admin')).toBe(true);
    expect(orgByKey.get(account.orgKey)?.status).toBe('pending');
  });
});

describe('DEMO_PATENTS', () => {
  it('has about fifty patents with unique numbers and titles', () => {
    expect(DEMO_PATENTS.length).toBeGreaterThanOrEqual(45);
    expect(new Set(DEMO_PATENTS.map((p) => p.number)).size).toBe(DEMO_PATENTS.length);
    expect(new Set(DEMO_PATENTS.map((p) => p.title)).size).toBe(DEMO_PATENTS.length);
  });

  it.each(DEMO_PATENTS.map((p) => [p.number, p] as const))(
    'gives %s a valid canonical number filed in its filing year',
    (_number, patent) => {
      // Act
      const parsed = parsePatentNumber(patent.number);
      // Assess
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(parsed.value.number).toBe(patent.number);
      expect(parsed.value.pct).toBe(false);
      expect(String(parsed.value.filingYear)).toBe(patent.filingDate.slice(0, 4));
      expect(parsed.value.filingYear).toBeGreaterThanOrEqual(2012);
      expect(parsed.value.filingYear).toBeLessThanOrEqual(2023);
      expect(isIsoDate(patent.filingDate) && isIsoDate(patent.grantDate)).toBe(true);
      expect(patent.grantDate > patent.filingDate).toBe(true);
      expect(patent.grantDate < DEMO_TODAY).toBe(true);
      expect(patentExpiry(parsed.value.type, patent.filingDate)! > DEMO_TODAY).toBe(true);
    },
  );

  it('classifies every invention and utility model with valid canonical IPC codes, and no design', () => {
    for (const patent of DEMO_PATENTS) {
      const parsed = parsePatentNumber(patent.number);
      const isDesign = parsed.ok && parsed.value.type === 'design';
      expect(patent.ipc.length === 0, patent.number).toBe(isDesign);
      for (const code of patent.ipc) {
        const ipc = parseIpc(code);
        expect(ipc.ok && ipc.value.canonical, code).toBe(code);
      }
    }
  });

  it('is mostly inventions with some utility models and designs', () => {
    const types = DEMO_PATENTS.map((p) => {
      const parsed = parsePatentNumber(p.number);
      return parsed.ok ? parsed.value.type : 'invalid';
    });
    const count = (type: string) => types.filter((t) => t === type).length;
    expect(count('invention')).toBeGreaterThan(DEMO_PATENTS.length * 0.7);
    expect(count('utility_model')).toBeGreaterThanOrEqual(3);
    expect(count('design')).toBeGreaterThanOrEqual(1);
  });

  it('is held by existing universities and enterprises', () => {
    for (const patent of DEMO_PATENTS) {
      expect(['university', 'enterprise']).toContain(orgByKey.get(patent.orgKey)?.type);
    }
    const byEnterprises = DEMO_PATENTS.filter((p) => orgByKey.get(p.orgKey)?.type === 'enterprise');
    expect(byEnterprises.length).toBeGreaterThan(0);
    expect(byEnterprises.length).toBeLessThan(DEMO_PATENTS.length / 5);
  });

  it('has abstracts of 80 to 200 characters, keywords and inventors', () => {
    for (const patent of DEMO_PATENTS) {
      expect(patent.abstract.length, patent.number).toBeGreaterThanOrEqual(80);
      expect(patent.abstract.length, patent.number).toBeLessThanOrEqual(200);
      expect(patent.keywords.length).toBeGreaterThan(0);
      expect(patent.inventors.length).toBeGreaterThan(0);
    }
  });
});

describe('DEMO_NEEDS', () => {
  it('has about twenty needs', () => {
    expect(DEMO_NEEDS.length).toBeGreaterThanOrEqual(18);
  });

  it('belongs to approved enterprises and uses their region', () => {
    for (const need of DEMO_NEEDS) {
      const org = orgByKey.get(need.orgKey);
      expect(org?.type, need.title).toBe('enterprise');
      expect(org?.status, need.title).toBe('approved');
      expect(need.regionCode).toBe(org?.regionCode);
    }
  });

  it('has budgets in whole fen with the minimum not above the maximum', () => {
    for (const need of DEMO_NEEDS) {
      expect(FenSchema.safeParse(need.budgetMinFen).success).toBe(true);
      expect(FenSchema.safeParse(need.budgetMaxFen).success).toBe(true);
      expect(need.budgetMinFen).toBeLessThanOrEqual(need.budgetMaxFen);
    }
  });

  it('has valid IPC codes, readiness levels, deadlines and descriptions', () => {
    for (const need of DEMO_NEEDS) {
      for (const code of need.ipc ?? []) expect(parseIpc(code).ok, code).toBe(true);
      expect(Number.isInteger(need.readiness) && need.readiness >= 1 && need.readiness <= 9).toBe(true);
      expect(isIsoDate(need.deadline) && need.deadline > DEMO_TODAY).toBe(true);
      expect(need.description.length, need.title).toBeGreaterThanOrEqual(100);
      expect(need.description.length, need.title).toBeLessThanOrEqual(300);
      expect(need.targets.length).toBeGreaterThan(0);
      expect(new Set(need.dealTypes).size).toBe(need.dealTypes.length);
      expect(need.dealTypes.length).toBeGreaterThan(0);
    }
  });

  it('has deadlines mostly in 2027', () => {
    const in2027 = DEMO_NEEDS.filter((need) => need.deadline.startsWith('2027'));
    expect(in2027.length).toBeGreaterThan(DEMO_NEEDS.length / 2);
  });

  it('gives matching something to find and something to miss', () => {
    // A need "has a candidate" when one of its IPC codes shares a main group with a patent's.
    const hasCandidate = (ipc: readonly string[]) =>
      DEMO_PATENTS.some((patent) =>
        patent.ipc.some((p) =>
          ipc.some((n) => ['main_group', 'subgroup'].includes(ipcSharedLevel(p, n) ?? '')),
        ),
      );
    const withCandidates = DEMO_NEEDS.filter((need) => hasCandidate(need.ipc ?? []));
    expect(withCandidates.length).toBeGreaterThanOrEqual(12);
    expect(DEMO_NEEDS.length - withCandidates.length).toBeGreaterThanOrEqual(3);
  });
});
