/**
 * An IP office's jurisdiction (辖区), by administrative division code (GB/T 2260). An office covers every
 * code that begins with its own code stripped of trailing `00` pairs: a province office 430000 covers
 * 43xxxx, a city office 430100 covers 4301xx, a district office 430104 covers only 430104.
 *
 * @example jurisdictionPrefix('430100') // '4301'
 */
export function jurisdictionPrefix(officeRegionCode: string): string {
  let prefix = officeRegionCode.trim();
  while (prefix.length >= 2 && prefix.endsWith('00')) prefix = prefix.slice(0, -2);
  return prefix;
}

/**
 * Whether an office of `officeRegionCode` covers an organisation of `regionCode`. An office without a
 * region, or with one that strips to nothing (`000000`), covers nothing: jurisdiction is never granted by
 * a missing value.
 *
 * @example coversRegion('430100', '430104') // true
 * @example coversRegion('430100', '350100') // false
 */
export function coversRegion(officeRegionCode: string | undefined, regionCode: string): boolean {
  if (!officeRegionCode) return false;
  const prefix = jurisdictionPrefix(officeRegionCode);
  return prefix.length > 0 && /^\d{6}$/.test(regionCode.trim()) && regionCode.trim().startsWith(prefix);
}

/** An IP office on the platform, as jurisdiction needs it. */
export interface OfficeRef {
  orgId: string;
  name: string;
  regionCode: string;
}

/**
 * The office an organisation of `regionCode` goes to: of the offices covering it, the closest (the longest
 * prefix — a city office before its province's); `undefined` when no office on the platform covers it yet.
 *
 * @example coveringOffice([{ orgId: 'HN', name: '湖南省知识产权局', regionCode: '430000' }, { orgId: 'CS', name: '长沙市知识产权局', regionCode: '430100' }], '430104') // the Changsha office
 */
export function coveringOffice<T extends OfficeRef>(
  offices: readonly T[],
  regionCode: string,
): T | undefined {
  return offices
    .filter((office) => coversRegion(office.regionCode, regionCode))
    .sort(
      (a, b) =>
        jurisdictionPrefix(b.regionCode).length - jurisdictionPrefix(a.regionCode).length ||
        a.orgId.localeCompare(b.orgId),
    )[0];
}
