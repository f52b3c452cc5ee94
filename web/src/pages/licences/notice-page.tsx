import { useEffect, useState } from 'preact/hooks';
import type { WrittenNotice } from '../../api/licences.ts';
import { useApp } from '../../app-context.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';

/**
 * 书面通知 (Patent Law Art 51) as the server lays it out: addressees, the statutory sections, the signature
 * and date. Printing it hides the header, nav and buttons (`@media print` in the stylesheet); the server's text
 * is the document's own (Chinese) wording.
 */
export function NoticePage({ id }: { id: string }) {
  const { api, reportError } = useApp();
  const [notice, setNotice] = useState<WrittenNotice | null>(null);

  useEffect(() => {
    let live = true;
    api.licences.notice(id).then((answer) => live && setNotice(answer), reportError);
    return () => {
      live = false;
    };
  }, [api, id, reportError]);

  return (
    <div class="page">
      <div class="actions no-print" id="notice-actions">
        <a class="button button-small" href={screenHref('licences', [id])}>
          {t('notice.back')}
        </a>
        <button
          type="button"
          class="button button-primary button-small"
          data-action="print"
          onClick={() => print()}
        >
          {t('notice.print')}
        </button>
      </div>
      {notice === null ? (
        <p class="muted center">{t('common.loading')}</p>
      ) : (
        <article class="card notice-document" id="written-notice" lang="zh-CN" data-licence-id={id}>
          <h1 class="notice-title">{notice.title}</h1>
          <p class="notice-addressees">
            {t('notice.to')}
            <span data-addressees>{notice.addressees}</span>
          </p>
          {notice.sections.map((section) => (
            <section key={section.heading} class="notice-section">
              <h2>{section.heading}</h2>
              {section.lines.map((line) => (
                <p key={line}>{line}</p>
              ))}
            </section>
          ))}
          <div class="notice-signature" data-signature>
            <p>
              {t('notice.party')}
              <span data-party>{notice.signature.party}</span>
              {t('notice.seal')}
            </p>
            <p>
              {t('notice.contact')}
              {notice.signature.contact}
            </p>
            <p>
              {t('notice.date')}
              <span data-notice-date>{notice.signature.date}</span>
            </p>
          </div>
        </article>
      )}
    </div>
  );
}
