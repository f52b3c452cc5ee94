import {
  type BundleRecord,
  BundleRecordSchema,
  type DeclarationRecord,
  DeclarationSchema,
  ListingSummarySchema,
  type Need,
  NeedSchema,
} from '@openlicense/domain';
import { stripStorage } from '@openlicense/store';

/** A stream image of a declaration, as the repository reads the item. */
export function declarationFromImage(image: Record<string, unknown>): DeclarationRecord {
  const { listing, ...declaration } = stripStorage(image);
  return { ...DeclarationSchema.parse(declaration), listing: ListingSummarySchema.parse(listing) };
}

export const bundleFromImage = (image: Record<string, unknown>): BundleRecord =>
  BundleRecordSchema.parse(stripStorage(image));

export const needFromImage = (image: Record<string, unknown>): Need => NeedSchema.parse(stripStorage(image));
