import { t } from '../i18n/messages.ts';

/** An editor card's heading (`titleId` labels the card) with the way back to the record or its list. */
export function EditorHead({
  titleId,
  title,
  backHref,
}: {
  titleId: string;
  title: string;
  backHref: string;
}) {
  return (
    <div class="card-head">
      <h1 id={titleId}>{title}</h1>
      <a class="button button-small" href={backHref}>
        {t('common.back')}
      </a>
    </div>
  );
}
