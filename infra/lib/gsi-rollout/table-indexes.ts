import type { IndexDefinition, KeyAttribute } from '@openlicense/store';

/**
 * A global secondary index as DynamoDB holds it: its name, keys (with their attribute types) and
 * projection. The same shape is read from a synthesized CloudFormation table, from DescribeTable and
 * from the record of the last deploy (`infra/deployed/table.json`), so the three compare field by field.
 */
export interface DeployedIndex {
  indexName: string;
  partitionKey: KeyAttribute;
  sortKey?: KeyAttribute;
  projection: { type: 'ALL' | 'KEYS_ONLY' | 'INCLUDE'; nonKeyAttributes?: string[] };
}

interface KeySchemaElement {
  AttributeName?: string;
  KeyType?: string;
}
interface AttributeDefinition {
  AttributeName?: string;
  AttributeType?: string;
}
interface IndexDescription {
  IndexName?: string;
  KeySchema?: KeySchemaElement[];
  Projection?: { ProjectionType?: string; NonKeyAttributes?: string[] };
}

/** CloudFormation's `AWS::DynamoDB::Table` properties and DescribeTable's `Table` share these names. */
export interface TableIndexDescription {
  AttributeDefinitions?: AttributeDefinition[];
  GlobalSecondaryIndexes?: IndexDescription[];
}

const PROJECTIONS = ['ALL', 'KEYS_ONLY', 'INCLUDE'] as const;

/** The indexes of a CloudFormation table resource's `Properties` or of a DescribeTable `Table`. */
export const indexesOfTable = (table: TableIndexDescription): DeployedIndex[] => {
  const types = new Map(
    (table.AttributeDefinitions ?? []).map((a) => [a.AttributeName ?? '', a.AttributeType ?? '']),
  );
  const key = (indexName: string, element: KeySchemaElement | undefined): KeyAttribute | undefined => {
    if (!element) return undefined;
    const name = element.AttributeName ?? '';
    const type = types.get(name);
    if (type !== 'S' && type !== 'N') {
      throw new Error(`index ${indexName}: key attribute "${name}" has no S or N attribute definition`);
    }
    return { name, type };
  };
  return (table.GlobalSecondaryIndexes ?? []).map((gsi) => {
    const indexName = gsi.IndexName ?? '';
    const schema = gsi.KeySchema ?? [];
    const partitionKey = key(
      indexName,
      schema.find((k) => k.KeyType === 'HASH'),
    );
    if (!partitionKey) throw new Error(`index ${indexName}: no HASH key`);
    const sortKey = key(
      indexName,
      schema.find((k) => k.KeyType === 'RANGE'),
    );
    const type = PROJECTIONS.find((p) => p === gsi.Projection?.ProjectionType) ?? 'ALL';
    const nonKeyAttributes = gsi.Projection?.NonKeyAttributes;
    return {
      indexName,
      partitionKey,
      ...(sortKey ? { sortKey } : {}),
      projection: nonKeyAttributes?.length
        ? { type, nonKeyAttributes: [...nonKeyAttributes].sort() }
        : { type },
    };
  });
};

/** The GSIs of the `AWS::DynamoDB::Table` resource `logicalId` in a synthesized template. */
export const indexesOfTemplate = (
  template: { Resources?: Record<string, { Type?: string; Properties?: unknown }> },
  logicalId: string,
): DeployedIndex[] => {
  const resource = template.Resources?.[logicalId];
  if (resource?.Type !== 'AWS::DynamoDB::Table') {
    throw new Error(`the template has no AWS::DynamoDB::Table "${logicalId}"`);
  }
  return indexesOfTable((resource.Properties ?? {}) as TableIndexDescription);
};

/** The store's definition of an index (the stack projects ALL), in the deployed shape. */
export const deployedShapeOf = (index: IndexDefinition): DeployedIndex => ({
  indexName: index.indexName,
  partitionKey: index.partitionKey,
  ...(index.sortKey ? { sortKey: index.sortKey } : {}),
  projection: { type: 'ALL' },
});

/** One line: `name (pk S, sk S; projection ALL)`. */
export const describeIndex = (index: DeployedIndex): string => {
  const keys = [index.partitionKey, index.sortKey]
    .filter((k): k is KeyAttribute => k !== undefined)
    .map((k) => `${k.name} ${k.type}`)
    .join(', ');
  const projection = index.projection.nonKeyAttributes
    ? `${index.projection.type} ${index.projection.nonKeyAttributes.join(' ')}`
    : index.projection.type;
  return `${index.indexName} (${keys}; projection ${projection})`;
};

/** True when two indexes have the same keys and projection (the name is compared by the caller). */
export const sameIndex = (a: DeployedIndex, b: DeployedIndex): boolean =>
  describeIndex(a) === describeIndex(b);
