import { DomainError, type LicenceReceipt, type OpenLicence } from '@openlicense/domain';

export function receiptOf(licence: OpenLicence, receiptId: string): LicenceReceipt {
  const receipt = licence.receipts.find((r) => r.id === receiptId);
  if (!receipt) throw new DomainError('not_found', '未找到该付款记录 / payment receipt not found', 404);
  return receipt;
}

export const staleLicence = (licence: OpenLicence) =>
  new DomainError(
    'stale_version',
    `该许可已被他人更新（当前版本 ${licence.version}），请刷新后重试 / the licence changed meanwhile (version ${licence.version})`,
    409,
  );
