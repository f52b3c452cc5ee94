/**
 * Folds a header for matching: full-width to half-width (NFKC), no whitespace, case-insensitive,
 * and without the required-markers people add by hand (`*专利号`, `专利号（必填）`).
 */
export function foldHeader(header: string): string {
  return foldLabel(header).replace(/\*|\((?:必填|选填)\)/g, '');
}

/** Folds an enum or boolean label for matching: NFKC, no whitespace, lower case. */
export function foldLabel(label: string): string {
  return label.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}
