/** One finding of a rule: `message` says what to fix in Chinese, then ` / ` and English. */
export interface Issue {
  code: string;
  /** Dotted path of the field to fix, e.g. `period.end`, when there is one. */
  field?: string;
  message: string;
}
