import { type PatentInput, PatentInputSchema } from '@openlicense/domain';
import type { DemoOrganisation, DemoPatent } from './demo-data/types.ts';

/**
 * The ledger entry the seed writes for the `index`-th demo patent: its holder is the sole patentee, as
 * the patentee rule asks (only an approved organisation named among the patentees holds a patent).
 */
export function demoPatentInput(
  demo: DemoPatent,
  index: number,
  holder: Pick<DemoOrganisation, 'name'>,
  holderOrgId: string,
): PatentInput {
  return PatentInputSchema.parse({
    number: demo.number,
    title: demo.title,
    abstract: demo.abstract,
    keywords: demo.keywords,
    industryChains: [demo.industryChain],
    ipc: demo.ipc,
    patentees: [{ name: holder.name, orgId: holderOrgId }],
    inventors: demo.inventors,
    filingDate: demo.filingDate,
    grantDate: demo.grantDate,
    legal: {
      annualFee: demo.annualFee ?? (index % 13 === 5 ? 'late_window' : 'paid'),
      proceedingsSuspended: false,
    },
    // Utility models and designs carry their evaluation report (专利权评价报告), as a real ledger would.
    ...(demo.number.charAt(4) === '1'
      ? {}
      : { evaluationReport: { reference: `PJ${demo.number.slice(0, 12)}`, conclusion: 'favourable' } }),
  });
}
