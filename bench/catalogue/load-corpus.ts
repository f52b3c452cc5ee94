import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { DeclarationRecord } from '@openlicense/domain';
import { keys, type StoreClients } from '@openlicense/store';

/** The item the declaration repository writes for a published declaration. */
export const storedDeclaration = (record: DeclarationRecord) => ({
  ...keys.declaration(record.id),
  ...keys.declarationByOrg(record.holderOrgId, record.status, record.createdAt, record.id),
  ...keys.declarationByStatus(record.status, record.updatedAt, record.id),
  ...keys.declarationByExpiry(record.listing.lapseDate, record.id),
  entity: 'Declaration',
  ...record,
});

/** Writes `records` as published declarations, 25 to a batch, 8 batches at a time (retrying unprocessed ones). */
export async function loadCorpus(
  doc: StoreClients['doc'],
  tableName: string,
  records: readonly DeclarationRecord[],
): Promise<void> {
  const batches: DeclarationRecord[][] = [];
  for (let i = 0; i < records.length; i += 25) batches.push(records.slice(i, i + 25));
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next++] ?? [];
      let pending: Record<string, unknown>[] | undefined = batch.map((r) => ({
        PutRequest: { Item: storedDeclaration(r) },
      }));
      while (pending && pending.length > 0) {
        const out = await doc.send(
          new BatchWriteCommand({ RequestItems: { [tableName]: pending as never } }),
        );
        pending = out.UnprocessedItems?.[tableName] as Record<string, unknown>[] | undefined;
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}
