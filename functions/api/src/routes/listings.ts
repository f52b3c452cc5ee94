import { CATALOGUE_KINDS, listingDetail, loadListed, regionPrefix, royaltyFor } from '@openlicense/app';
import { CataloguePageSchema, ChainCountsSchema, ListingDetailSchema } from '@openlicense/contract';
import { IpcSchema, PatentTypeSchema, ROYALTY_METHODS } from '@openlicense/domain';
import type { ApiRouter } from '@openlicense/http';
import {
  defineRoute,
  IdParamSchema,
  RoyaltyEstimateSchema,
  RoyaltyQuerySchema,
  wholeNumber,
} from '@openlicense/http';
import * as z from 'zod/mini';

const tags = ['公开目录 Public catalogue'];
const ERRORS = {
  400: { description: '输入有误 / invalid input' },
  404: { description: '未找到已公告的开放许可 / no published listing' },
} as const;

const KindSchema = z
  ._default(
    z.enum(CATALOGUE_KINDS, {
      error: '类型应为 all、listing 或 bundle / kind is all, listing or bundle',
    }),
    'listing',
  )
  .check(
    z.describe(
      '列出单件专利 listing（默认）、专利包与公共专利池 bundle，或全部 all / single-patent listings (default), bundles and pools, or all',
    ),
  );

const ListingQuerySchema = z
  .object({
    kind: KindSchema,
    q: z
      .pipe(
        z.optional(
          z
            .string()
            .check(z.trim(), z.maxLength(100, '关键词不能超过 100 个字 / q is at most 100 characters')),
        ),
        z.transform((q) => q || undefined),
      )
      .check(
        z.describe(
          '关键词（中文分词，按相关度排序）；也可输入专利号（带不带 ZL、小数点均可）、IPC 分类号（H01M、H01M 10/54）或单个汉字 / ' +
            'keywords, ranked by relevance; also a patent number (with or without ZL or the dot), an IPC symbol or one Chinese character',
        ),
      ),
    ipc: z
      .optional(IpcSchema)
      .check(z.describe('IPC 分类，任一层级：H、H01、H01M、H01M 10/00、H01M 10/052 / IPC at any level')),
    industryChain: z.optional(
      z
        .string()
        .check(
          z.trim(),
          z.minLength(1, '产业链不能为空 / industryChain must not be empty'),
          z.maxLength(50, '产业链不能超过 50 个字 / industryChain is at most 50 characters'),
        ),
    ),
    patentType: z.optional(
      z.enum(PatentTypeSchema.options, {
        error:
          '专利类型应为 invention、utility_model 或 design / patentType is invention, utility_model or design',
      }),
    ),
    royaltyMethod: z.optional(
      z.enum(ROYALTY_METHODS, {
        error:
          '付费方式应为 lump_sum、running_royalty、entry_fee_plus_royalty、instalments 或 free / royaltyMethod is not valid',
      }),
    ),
    minPriceFen: z
      .optional(wholeNumber('minPriceFen'))
      .check(
        z.describe(
          '固定费用下限（分）：一次性费用、入门费或分期总额；免费与纯提成为 0 / lowest fixed part, fen',
        ),
      ),
    maxPriceFen: z
      .optional(wholeNumber('maxPriceFen'))
      .check(z.describe('固定费用上限（分）/ highest fixed part, fen')),
    holder: z
      .optional(IdParamSchema.shape.id)
      .check(z.describe('专利权人机构编号 / the holder organisation id')),
    region: z
      .optional(
        z.pipe(
          z
            .string()
            .check(
              z.regex(
                /^[1-9]\d(\d{2}){0,2}$/,
                '地区应为行政区划代码或其前缀，如 43、4301、430102 / region is an administrative code or its prefix',
              ),
            ),
          z.transform(regionPrefix),
        ),
      )
      .check(
        z.describe('持有人所在地：省 43、市 4301 或 6 位代码 / holder region: province, city or county code'),
      ),
    limit: z._default(
      z.pipe(
        wholeNumber('limit'),
        z
          .number()
          .check(
            z.gte(1, 'limit 应在 1–50 之间 / limit is 1 to 50'),
            z.lte(50, 'limit 应在 1–50 之间 / limit is 1 to 50'),
          ),
      ),
      20,
    ),
    cursor: z.optional(z.string().check(z.maxLength(200, '分页游标无效 / cursor is not valid'))),
  })
  .check(
    z.superRefine((query, ctx) => {
      if (
        query.minPriceFen !== undefined &&
        query.maxPriceFen !== undefined &&
        query.minPriceFen > query.maxPriceFen
      )
        ctx.addIssue({
          code: 'custom',
          path: ['maxPriceFen'],
          message: '价格上限不能低于下限 / maxPriceFen is below minPriceFen',
        });
    }),
  );

const list = defineRoute({
  method: 'get',
  path: '/listings',
  tags,
  public: true,
  summary:
    '公开目录：检索已公告的开放许可与公共专利池（无需登录）/ search the published open licences and pools, no sign-in',
  request: { query: ListingQuerySchema },
  responses: {
    200: {
      description:
        '一页许可；专利包一行带 kind: bundle / one page of listings; a bundle row has kind: bundle',
      schema: CataloguePageSchema,
    },
    400: ERRORS[400],
  },
});
const chains = defineRoute({
  method: 'get',
  path: '/listings/industry-chains',
  tags,
  public: true,
  summary:
    '公开目录中在许可期内的成果所属产业链及其数量（产业链筛选的选项）/ the industry chains of the listings in force, with counts',
  request: { query: z.object({ kind: KindSchema }) },
  responses: {
    200: {
      description: '产业链，数量多的在前 / chains, most listings first',
      schema: ChainCountsSchema,
    },
  },
});
const read = defineRoute({
  method: 'get',
  path: '/listings/{id}',
  tags,
  public: true,
  summary: '开放许可详情：声明原文、持有人、测算所需数据、年费减免 / a published listing',
  request: { params: IdParamSchema },
  responses: {
    200: {
      description: '已公告的声明 / the declaration as published',
      schema: ListingDetailSchema,
    },
    ...ERRORS,
  },
});
const royalty = defineRoute({
  method: 'get',
  path: '/listings/{id}/royalty',
  tags,
  public: true,
  summary: '许可使用费测算（无需登录）/ royalty calculator for a published listing',
  request: {
    params: IdParamSchema,
    query: RoyaltyQuerySchema,
  },
  responses: {
    200: {
      description: '每年及合计应付（分）/ payable per licence year and in total, in fen',
      schema: RoyaltyEstimateSchema,
    },
    ...ERRORS,
    422: { description: '金额超出可计算范围 / the estimate is too large' },
  },
});

/** The public catalogue: anyone may search and read published listings (no `guard`: nothing is private here). */
export const listingRoutes = (router: ApiRouter) =>
  router
    .route(list, async (c, { query }) => c.json(await c.get('deps').catalogue.browse(query)))
    .route(chains, async (c, { query: { kind } }) =>
      c.json({ items: await c.get('deps').catalogue.industryChains(kind) }),
    )
    .route(read, async (c, { params: { id } }) => {
      const deps = c.get('deps');
      return c.json(await listingDetail(deps, await loadListed(deps, id)));
    })
    .route(royalty, async (c, { params: { id }, query }) =>
      c.json(royaltyFor(await loadListed(c.get('deps'), id), query)),
    );
