/**
 * Integer fen as a broker reads yuan: '¥48,000', '¥1,234.50'. Written out by hand so the text never
 * depends on the runtime's locale data.
 */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.round(fen));
  const yuan = Math.floor(abs / 100);
  const cents = abs % 100;
  const grouped = String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}¥${grouped}${cents === 0 ? '' : `.${String(cents).padStart(2, '0')}`}`;
}
