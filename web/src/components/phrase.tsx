import { type Phrase, type PhrasePart, phraseParts } from '../format/phrase.ts';

function Part({ part }: { part: PhrasePart }) {
  if ('text' in part) return <>{part.text}</>;
  // People's own words: isolated for bidi and marked, so checks of the screen's language can set them apart.
  if ('data' in part) return <bdi data-user-text>{part.data}</bdi>;
  return (
    <>
      {part.parts.map((inner, i) => (
        <Part key={i} part={inner} />
      ))}
    </>
  );
}

/** A server line kept as written (a string), or phrased in the reader's language. */
export function Phrased({ phrase }: { phrase: Phrase | string }) {
  return typeof phrase === 'string' ? phrase : <PhraseView phrase={phrase} />;
}

/** A catalogue sentence with its parameters, people's own words marked `data-user-text`. */
export function PhraseView({ phrase }: { phrase: Phrase }) {
  return <Part part={{ parts: phraseParts(phrase) }} />;
}
