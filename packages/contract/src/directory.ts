import * as z from 'zod';

/**
 * The pickers' look-ups (`/api/directory/*`): organisations, patents, listings and bundles found by name or
 * number, so that no person types an internal id. Each answer carries names and ids only, never contacts,
 * credit codes or terms.
 */

/** Organisation types a picker may look up: the ones that take part in deals and events. */
export const DIRECTORY_ORG_TYPES = ['university', 'enterprise', 'agency', 'park'] as const;
export type DirectoryOrgType = (typeof DIRECTORY_ORG_TYPES)[number];

const SearchText = z
  .string()
  .trim()
  .max(50, '关键词不能超过 50 个字 / q is at most 50 characters')
  .optional()
  .transform((q) => q || undefined)
  .describe('名称或编号中的任意片段（不区分大小写）/ any part of the name or number, case-insensitive');

const Limit = z.coerce
  .number({ error: 'limit 应为 1–50 的整数 / limit is a whole number from 1 to 50' })
  .int('limit 应为 1–50 的整数 / limit is a whole number from 1 to 50')
  .min(1, 'limit 应为 1–50 的整数 / limit is a whole number from 1 to 50')
  .max(50, 'limit 应为 1–50 的整数 / limit is a whole number from 1 to 50')
  .default(20);

const OrgId = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, '机构编号格式不正确 / holder is not a valid id');

export const DirectoryOrgQuerySchema = z.object({
  type: z
    .string()
    .transform((value) => value.split(',').map((part) => part.trim()))
    .pipe(
      z
        .array(
          z.enum(DIRECTORY_ORG_TYPES, {
            error:
              '机构类型应为 university、enterprise、agency 或 park（可用逗号分隔多个）/ type is university, enterprise, agency or park, comma-separated',
          }),
        )
        .min(1),
    )
    .describe('机构类型，可用逗号分隔多个 / organisation types, comma-separated'),
  q: SearchText,
  limit: Limit,
});

export const DirectoryPatentQuerySchema = z.object({
  q: SearchText,
  holder: OrgId.optional().describe(
    '只查该机构台账中的专利；不填则查公开目录与专利号 / only this holder’s ledger; without it the catalogue and exact numbers',
  ),
  limit: Limit,
});

export const DirectoryOfferQuerySchema = z.object({
  q: SearchText,
  kind: z
    .enum(['listing', 'bundle'], { error: 'kind 应为 listing 或 bundle / kind is listing or bundle' })
    .optional()
    .describe('只要开放许可（listing）或只要专利包（bundle）/ listings or bundles only'),
  limit: Limit,
});

export const DirectoryOrgSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(DIRECTORY_ORG_TYPES),
});
export const DirectoryOrgListSchema = z.object({ items: z.array(DirectoryOrgSchema) });

export const DirectoryPatentSchema = z.object({
  number: z.string(),
  title: z.string(),
  holderOrgId: z.string(),
  holderName: z.string(),
});
export const DirectoryPatentListSchema = z.object({ items: z.array(DirectoryPatentSchema) });

export const DirectoryOfferSchema = z.object({
  /** What an invitation or deal names: the listing's id, or `bundle:<id>` for a bundle. */
  id: z.string(),
  kind: z.enum(['listing', 'bundle']),
  title: z.string(),
  patentNumbers: z.array(z.string()),
  holderNames: z.array(z.string()),
});
export const DirectoryOfferListSchema = z.object({ items: z.array(DirectoryOfferSchema) });

export type DirectoryOrg = z.output<typeof DirectoryOrgSchema>;
export type DirectoryPatent = z.output<typeof DirectoryPatentSchema>;
export type DirectoryOffer = z.output<typeof DirectoryOfferSchema>;
export type DirectoryOrgQuery = z.output<typeof DirectoryOrgQuerySchema>;
export type DirectoryPatentQuery = z.output<typeof DirectoryPatentQuerySchema>;
export type DirectoryOfferQuery = z.output<typeof DirectoryOfferQuerySchema>;
