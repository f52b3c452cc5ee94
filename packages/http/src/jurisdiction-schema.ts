import * as z from 'zod';

/** Which IP office reviews and evaluates an organisation: the closest covering its region code, or none yet. */
export const JurisdictionSchema = z
  .object({
    regionCode: z.string(),
    office: z
      .object({ orgId: z.string(), name: z.string(), regionCode: z.string() })
      .nullable()
      .describe(
        '为空表示平台上暂无负责该地区的知识产权局 / null: no IP office on the platform covers it yet',
      ),
  })
  .describe(
    '由哪个知识产权局审核与评价（按行政区划代码前缀）/ the IP office that covers it (by region-code prefix)',
  );
