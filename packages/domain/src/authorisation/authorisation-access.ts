import type { Decision } from '../access/policy.ts';
import type { Principal } from '../access/principal.ts';

const ALLOW: Decision = { allow: true };
const deny = (status: 401 | 403 | 404 | 409, code: string, message: string): Decision => ({
  allow: false,
  status,
  code,
  message,
});

/**
 * Who may grant, list and revoke an enterprise's authorisations: only an admin of that enterprise, and only
 * once it is approved, because an authorisation lets another organisation publish needs in its name and
 * publishing needs approval. Other organisations' authorisations are hidden (404), except from the IP office,
 * which sees everything but manages nothing (403).
 */
export function canManageAuthorisations(principal: Principal | undefined, enterpriseOrgId: string): Decision {
  if (!principal) return deny(401, 'unauthenticated', '请先登录 / please sign in');
  const m = principal.membership;
  if (m?.orgId !== enterpriseOrgId) {
    return m?.orgType === 'ip_office' && m.orgStatus === 'approved'
      ? deny(
          403,
          'forbidden',
          '知识产权局不能代企业管理委托授权 / the IP office does not manage authorisations',
        )
      : deny(404, 'not_found', '未找到 / not found');
  }
  if (m.orgType !== 'enterprise') {
    return deny(403, 'forbidden', '只有企业可以委托授权 / only enterprises grant authorisations');
  }
  if (m.role !== 'admin') {
    return deny(
      403,
      'forbidden',
      '只有机构管理员可以管理委托授权 / only your organisation’s admin can manage authorisations',
    );
  }
  if (m.orgStatus !== 'approved') {
    return deny(
      403,
      'org_not_approved',
      '机构入驻申请尚未审核通过，暂不能委托授权 / your organisation is not approved yet, so it cannot authorise others',
    );
  }
  return ALLOW;
}
