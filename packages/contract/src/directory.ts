import * as z from 'zod/mini';

/**
 * The pickers' look-ups (`/api/directory/*`): organisations, patents, listings and bundles found by name or
 * number, so that no person types an internal id. Each answer carries names and ids only, never contacts,
 * credit codes or terms.
 */

/** Organisation types a picker may look up: the ones that take part in deals and events. */
export const DIRECTORY_ORG_TYPES = ['university', 'enterprise', 'agency', 'park'] as const;
export type DirectoryOrgType = (typeof DIRECTORY_ORG_TYPES)[number];

const SearchText = z
  .pipe(
    z.optional(
      z.string().check(z.trim(), z.maxLength(50, '关键词不能超过 50 个字 / q is at most 50 characters')),
    ),
    z.transform((q) => q || undefined),
  )
  .check(
    z.describe('名称或编号中的任意片段（不区分大小写）/ any part of the name or number, case-insensitive'),
  );

const Limit = z._default(
  z.coerce
    .number({ error: 'limit 应为 1–50 的整数 / limit is a whole number from 1 to 50' })
    .check(
      z.int('limit 应为 1–50 的整数 / limit is a whole number from 1 to 50'),
      z.gte(1, 'limit 应为 1–50 的整数 / limit is a whole number from 1 to 50'),
      z.lte(50, 'limit 应为 1–50 的整数 / limit is a whole number from 1 to 50'),
    ),
  20,
);

const OrgId = z
  .string()
  .check(z.regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, '机构编号格式不正确 / holder is not a valid id'));

export const DirectoryOrgQuerySchema = z.object({
  type: z
    .pipe(
      z.pipe(
        z.string(),
        z.transform((value) => value.split(',').map((part) => part.trim())),
      ),
      z
        .array(
          z.enum(DIRECTORY_ORG_TYPES, {
            error:
              '机构类型应为 university、enterprise、agency 或 park（可用逗号分隔多个）/ type is university, enterprise, agency or park, comma-separated',
          }),
        )
        .check(z.minLength(1)),
    )
    .check(z.describe('机构类型，可用逗号分隔多个 / organisation types, comma-separated')),
  q: SearchText,
  limit: Limit,
});

export const DirectoryPatentQuerySchema = z.object({
  q: SearchText,
  holder: z
    .optional(OrgId)
    .check(
      z.describe(
        '只查该机构台账中的专利；不填则查公开目录与专利号 / only this holder’s ledger; without it the catalogue and exact numbers',
      ),
    ),
  limit: Limit,
});

export const DirectoryOfferQuerySchema = z.object({
  q: SearchText,
  kind: z
    .optional(
      z.enum(['listing', 'bundle'], { error: 'kind 应为 listing 或 bundle / kind is listing or bundle' }),
    )
    .check(z.describe('只要开放许可（listing）或只要专利包（bundle）/ listings or bundles only')),
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
