import type { MatchExplanation } from '../api/pushes.ts';
import { signalLines } from '../format/match-explanation.ts';
import { headlinePhrase, signalChips, signalPhrase } from '../format/match-reasons.ts';
import { isPhrase, isPhraseData, type PhraseParam, phraseText } from '../format/phrase.ts';
import { t } from '../i18n/messages.ts';
import { PhraseView } from './phrase.tsx';

/**
 * The engine's one-liner in the reader's language (from its headline facts); a match stored before the
 * engine sent them shows its stored Chinese sentence.
 */
export function ExplanationSummary({ explanation }: { explanation: MatchExplanation }) {
  const headline = headlinePhrase(explanation);
  if (headline) return <PhraseView phrase={headline} />;
  return <>{explanation.summary}</>;
}

function Chip({ chip }: { chip: PhraseParam }) {
  if (isPhraseData(chip))
    return (
      <span class="chip" data-user-text>
        {chip.data}
      </span>
    );
  return <span class="chip">{isPhrase(chip) ? phraseText(chip) : String(chip)}</span>;
}

/**
 * Why a match scored what it did: the engine's one-line summary, then one line per signal (biggest effect
 * first) with the points it added and its evidence (shared terms, IPC codes, prices, regions), every
 * sentence phrased in the reader's language from the reason codes the engine sends; people's own words
 * (keywords, chain names, holder names) stay as written and are marked `data-user-text`.
 */
export function MatchExplanationView({ explanation }: { explanation: MatchExplanation }) {
  const lines = signalLines(explanation);
  return (
    <div class="explanation" data-explanation>
      {(explanation.headline || explanation.summary) && (
        <p class="explanation-summary">
          <ExplanationSummary explanation={explanation} />
        </p>
      )}
      <ul class="signal-list">
        {lines.map((line) => {
          const signal = explanation.signals.find((s) => s.signal === line.signal);
          const phrase = signal ? signalPhrase(signal) : null;
          const chips = signal ? signalChips(signal) : [];
          return (
            <li
              key={line.signal}
              class={line.penalty ? 'signal signal-penalty' : 'signal'}
              data-signal={line.signal}
            >
              <span class="signal-label">{t(line.label)}</span>
              <span class="signal-points mono">{t('match.points', { points: line.points })}</span>
              <span class="signal-text">{phrase ? <PhraseView phrase={phrase} /> : line.text}</span>
              {chips.length > 0 && (
                <span class="chips signal-evidence">
                  {chips.map((chip, i) => (
                    <Chip key={i} chip={chip} />
                  ))}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
