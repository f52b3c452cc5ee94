import type { MatchExplanation } from '../api/pushes.ts';
import { signalLines } from '../format/match-explanation.ts';
import { t } from '../i18n/messages.ts';

/**
 * Why a match scored what it did: the engine's one-line summary, then one line per signal (biggest effect
 * first) with the points it added and its evidence (shared terms, IPC codes, prices, regions).
 */
export function MatchExplanationView({ explanation }: { explanation: MatchExplanation }) {
  const lines = signalLines(explanation);
  return (
    <div class="explanation" data-explanation>
      {explanation.summary && <p class="explanation-summary">{explanation.summary}</p>}
      <ul class="signal-list">
        {lines.map((line) => (
          <li
            key={line.signal}
            class={line.penalty ? 'signal signal-penalty' : 'signal'}
            data-signal={line.signal}
          >
            <span class="signal-label">{t(line.label)}</span>
            <span class="signal-points mono">{t('match.points', { points: line.points })}</span>
            <span class="signal-text">{line.text}</span>
            {line.evidence.length > 0 && (
              <span class="chips signal-evidence">
                {line.evidence.map((item) => (
                  <span key={item} class="chip">
                    {item}
                  </span>
                ))}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
