import { DEMO_ORGANISATIONS } from './organisations.ts';
import type { DemoOrganisation, DemoUser } from './types.ts';

/** LOCAL DEMO ONLY: one memorable password for every seeded account. Never seed it into a deployed stack. */
export const DEMO_PASSWORD = 'Demo@2026';

function demoEmail(local: string, orgKey: string): string {
  return `${local}@${orgKey}.demo.openlicense.cn`;
}

const admins: DemoUser[] = DEMO_ORGANISATIONS.map((org) => ({
  email: demoEmail('admin', org.key),
  name: org.contact.name, // the contact person runs the account
  orgKey: org.key,
  role: 'admin',
  password: DEMO_PASSWORD,
}));

const members: DemoUser[] = [
  {
    email: demoEmail('liu.yang', 'csu'),
    name: '刘洋',
    orgKey: 'csu',
    role: 'member',
    password: DEMO_PASSWORD,
  },
  {
    email: demoEmail('zhang.min', 'lugu-battery'),
    name: '张敏',
    orgKey: 'lugu-battery',
    role: 'member',
    password: DEMO_PASSWORD,
  },
  {
    email: demoEmail('wu.jia', 'xingcheng-ip'),
    name: '吴佳',
    orgKey: 'xingcheng-ip',
    role: 'member',
    password: DEMO_PASSWORD,
  },
];

export const DEMO_USERS: readonly DemoUser[] = [...admins, ...members];

export interface DemoAccount {
  email: string;
  password: string;
  orgKey: string;
  orgName: string;
  /** What the account shows off, for the README. */
  label: string;
}

function adminOf(orgKey: string, label: string): DemoAccount {
  const org: DemoOrganisation | undefined = DEMO_ORGANISATIONS.find((o) => o.key === orgKey);
  return {
    email: demoEmail('admin', orgKey),
    password: DEMO_PASSWORD,
    orgKey,
    orgName: org?.name ?? orgKey,
    label,
  };
}

/** One sign-in per organisation type, plus the applicant still waiting for approval. */
export const DEMO_ACCOUNTS_BY_TYPE = {
  university: adminOf(
    'csu',
    '高校院所：专利台账、开放许可声明 / university: patent ledger, open-license declarations',
  ),
  enterprise: adminOf('lugu-battery', '企业：技术需求台账、接收推送 / enterprise: need ledger, pushes'),
  agency: adminOf(
    'xingcheng-ip',
    '服务机构：精准推送、对接活动 / agency: precise pushes, matchmaking events',
  ),
  park: adminOf('lugu-park', '园区：园区企业需求、公共专利池 / park: member needs, public patent pool'),
  ip_office: adminOf(
    'cs-ipo',
    '知识产权局：入驻审核、绩效评价 / IP office: approvals, performance evaluation',
  ),
  province_office: adminOf(
    'hn-ipo',
    '省知识产权局：审核与评价长沙市以外的省内机构 / province IP office: Hunan outside Changsha',
  ),
  pending_enterprise: adminOf(
    'zhilian-sensor',
    '待审核企业：入驻申请审核中 / enterprise whose application awaits approval',
  ),
} as const satisfies Record<string, DemoAccount>;
