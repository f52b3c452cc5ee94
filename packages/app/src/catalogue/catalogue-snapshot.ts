import { SnapshotFormatError } from '@openlicense/matching';
import type { ListingCard, RoyaltySummary } from './listing-card.ts';

/**
 * Catalogue snapshot layout (little-endian):
 *
 * | bytes | content |
 * |---|---|
 * | 4 | magic `OLCS` |
 * | 4 | format version (u32) |
 * | 4 | header length H (u32) |
 * | H | header, UTF-8 JSON: `builtAt`, section sizes |
 * | C | the cards, UTF-8 JSON (see {@link encodeCards}), newest first |
 * | pad | zeros up to a multiple of 4, so the text index's numeric sections can be used in place |
 * | T | the text index snapshot (`serialise` of the matching package) |
 */
const MAGIC = [0x4f, 0x4c, 0x43, 0x53]; // OLCS
const FORMAT_VERSION = 1;
const PREAMBLE = 12;
const align4 = (n: number) => (n + 3) & ~3;

interface Header {
  /** When the build that made it started: changes from (a little before) then are applied on load. */
  readonly builtAt: string;
  readonly cardBytes: number;
  readonly textBytes: number;
}

export interface SnapshotParts {
  readonly builtAt: string;
  readonly cards: Uint8Array;
  readonly text: Uint8Array;
}

export function writeSnapshot(builtAt: string, cards: Uint8Array, text: Uint8Array): Uint8Array {
  const header = new TextEncoder().encode(
    JSON.stringify({ builtAt, cardBytes: cards.length, textBytes: text.length } satisfies Header),
  );
  const cardsAt = PREAMBLE + header.length;
  const textAt = align4(cardsAt + cards.length);
  const out = new Uint8Array(textAt + text.length);
  out.set(MAGIC, 0);
  const view = new DataView(out.buffer);
  view.setUint32(4, FORMAT_VERSION, true);
  view.setUint32(8, header.length, true);
  out.set(header, PREAMBLE);
  out.set(cards, cardsAt);
  out.set(text, textAt);
  return out;
}

/** @throws SnapshotFormatError when `bytes` is not a catalogue snapshot of this format. */
export function readSnapshot(bytes: Uint8Array): SnapshotParts {
  if (bytes.length < PREAMBLE || MAGIC.some((b, i) => bytes[i] !== b))
    throw new SnapshotFormatError('not a catalogue snapshot (bad magic)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version !== FORMAT_VERSION)
    throw new SnapshotFormatError(`catalogue snapshot format ${version} is not supported`);
  const headerLength = view.getUint32(8, true);
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(PREAMBLE, PREAMBLE + headerLength)));
  } catch (error) {
    throw new SnapshotFormatError('catalogue snapshot header is not valid JSON', { cause: error });
  }
  const cardsAt = PREAMBLE + headerLength;
  const textAt = align4(cardsAt + header.cardBytes);
  if (typeof header.builtAt !== 'string' || textAt + header.textBytes !== bytes.length)
    throw new SnapshotFormatError('catalogue snapshot sections disagree with its header');
  return {
    builtAt: header.builtAt,
    cards: bytes.subarray(cardsAt, cardsAt + header.cardBytes),
    text: bytes.subarray(textAt),
  };
}

/**
 * The cards section: holders, industry-chain lists and royalty summaries are few and repeat across
 * thousands of listings, so each is written once and a card names it by position. Decoded cards share
 * those objects, which also keeps the heap small. Rows are positional arrays, a third of the bytes of
 * JSON objects and as quick to parse.
 */
interface CardsSection {
  readonly holders: ListingCard['holder'][];
  readonly chains: string[][];
  readonly royalties: RoyaltySummary[];
  readonly rows: CardRow[];
  /** Per row, its title's and keywords' Chinese characters (one-character search); absent in older snapshots. */
  readonly chars?: string[];
}

type CardRow = [
  id: string,
  patentNumber: string,
  title: string,
  patentType: ListingCard['patentType'],
  holder: number,
  industryChains: number,
  ipc: string[],
  royalty: number,
  periodStart: string,
  periodEnd: string,
  lapseDate: string,
  publishedAt: string,
];

/** Assigns each distinct value (by its JSON) a position in a table. */
function dictionary<T>() {
  const positions = new Map<string, number>();
  const values: T[] = [];
  return {
    values,
    positionOf(value: T): number {
      const key = JSON.stringify(value);
      let position = positions.get(key);
      if (position === undefined) {
        position = values.length;
        positions.set(key, position);
        values.push(value);
      }
      return position;
    },
  };
}

export function encodeCards(cards: readonly ListingCard[], chars?: readonly string[]): Uint8Array {
  const holders = dictionary<ListingCard['holder']>();
  const chains = dictionary<string[]>();
  const royalties = dictionary<RoyaltySummary>();
  const rows = cards.map(
    (card): CardRow => [
      card.id,
      card.patentNumber,
      card.title,
      card.patentType,
      holders.positionOf(card.holder),
      chains.positionOf(card.industryChains),
      card.ipc,
      royalties.positionOf(card.royalty),
      card.period.start,
      card.period.end,
      card.lapseDate,
      card.publishedAt,
    ],
  );
  const section: CardsSection = {
    holders: holders.values,
    chains: chains.values,
    royalties: royalties.values,
    rows,
    ...(chars ? { chars: [...chars] } : {}),
  };
  return new TextEncoder().encode(JSON.stringify(section));
}

export function decodeCards(bytes: Uint8Array): ListingCard[] {
  return decodeCardRows(bytes).cards;
}

/** The cards and, when the snapshot holds them, each card's Chinese characters. */
export function decodeCardRows(bytes: Uint8Array): { cards: ListingCard[]; chars?: string[] } {
  let section: CardsSection;
  try {
    section = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new SnapshotFormatError('catalogue snapshot cards are not valid JSON', { cause: error });
  }
  if (!Array.isArray(section?.rows)) throw new SnapshotFormatError('catalogue snapshot cards are not a list');
  const { holders, chains, royalties } = section;
  const chars =
    Array.isArray(section.chars) && section.chars.length === section.rows.length ? section.chars : undefined;
  const cards = section.rows.map(
    ([
      id,
      patentNumber,
      title,
      patentType,
      holder,
      industryChains,
      ipc,
      royalty,
      start,
      end,
      lapseDate,
      publishedAt,
    ]) => {
      const card = {
        id,
        patentNumber,
        title,
        patentType,
        holder: holders[holder],
        industryChains: chains[industryChains],
        ipc,
        royalty: royalties[royalty],
        period: { start, end },
        lapseDate,
        publishedAt,
      };
      if (card.holder === undefined || card.industryChains === undefined || card.royalty === undefined)
        throw new SnapshotFormatError(
          `catalogue snapshot card ${id} names a missing holder, chain list or royalty`,
        );
      return card as ListingCard;
    },
  );
  return chars ? { cards, chars } : { cards };
}
