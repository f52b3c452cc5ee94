import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';

/** A stream record with its images unmarshalled: what every consumer reads. */
export interface ChangeRecord {
  eventId: string;
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  sequenceNumber: string;
  /** The entity tag of the item (`Org`, `User`, …), from whichever image exists. */
  entity: string | undefined;
  newImage?: Record<string, unknown>;
  oldImage?: Record<string, unknown>;
}

const image = (value: unknown) => (value ? unmarshall(value as Record<string, AttributeValue>) : undefined);

export function toChangeRecord(record: DynamoDBRecord): ChangeRecord {
  const newImage = image(record.dynamodb?.NewImage);
  const oldImage = image(record.dynamodb?.OldImage);
  const entity = (newImage?.entity ?? oldImage?.entity) as string | undefined;
  return {
    eventId: record.eventID ?? '',
    eventName: record.eventName ?? 'MODIFY',
    sequenceNumber: record.dynamodb?.SequenceNumber ?? '',
    entity,
    ...(newImage ? { newImage } : {}),
    ...(oldImage ? { oldImage } : {}),
  };
}
