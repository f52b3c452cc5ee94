import type { OrgStatus, OrgType, Role } from '@openlicense/domain';

export interface DemoOrganisation {
  /** Stable slug used by the other demo modules and in demo e-mail domains. */
  key: string;
  name: string;
  type: OrgType;
  /** Fictional but valid 统一社会信用代码 whose division code (positions 3–8) is `regionCode`. */
  uscc: string;
  regionCode: string;
  contact: { name: string; phone: string; email: string };
  status: Extract<OrgStatus, 'approved' | 'pending'>;
  description: string;
}

export interface DemoUser {
  email: string;
  name: string;
  orgKey: string;
  role: Role;
  password: string;
}

export interface DemoPatent {
  /** Patentee; mostly a university or institute. */
  orgKey: string;
  /** Canonical application number without the ZL prefix. */
  number: string;
  title: string;
  abstract: string;
  ipc: string[];
  keywords: string[];
  industryChain: IndustryChain;
  filingDate: string;
  grantDate: string;
  inventors: string[];
  /** Annual fees; by default every thirteenth patent is in the late window, so the guards have work. */
  annualFee?: 'paid' | 'late_window';
}

export type DealType =
  | 'open_license'
  | 'ordinary_license'
  | 'exclusive_license'
  | 'transfer'
  | 'equity'
  | 'joint_development';

export interface DemoNeed {
  /** The enterprise that owns the need. */
  orgKey: string;
  title: string;
  description: string;
  /** Measurable indicators a solution must meet. */
  targets: string[];
  industryChain: IndustryChain;
  ipc?: string[];
  budgetMinFen: number;
  budgetMaxFen: number;
  dealTypes: DealType[];
  /** Technology readiness level the enterprise expects, 1–9. */
  readiness: number;
  deadline: string;
  regionCode: string;
}

/** Changsha industrial chains the demo data is spread across. */
export const DEMO_INDUSTRY_CHAINS = [
  '工程机械',
  '新能源汽车',
  '先进储能材料',
  '生物医药',
  '电子信息',
  '智能装备',
  '食品加工',
  '新材料',
  '节能环保',
  '现代种业',
] as const;

export type IndustryChain = (typeof DEMO_INDUSTRY_CHAINS)[number];
