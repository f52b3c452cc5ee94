import { useCallback, useState } from 'preact/hooks';
import type { OpenLicence, RoyaltyReport } from '../../api/licences.ts';
import { useApp } from '../../app-context.ts';
import { BadgePill } from '../../components/badge-pill.tsx';
import { TextField } from '../../components/field.tsx';
import { MissingRecord, useRecord } from '../../components/use-record.tsx';
import { chinaToday } from '../../format/china-today.ts';
import {
  dueNowFen,
  filingBadge,
  isLicensee,
  licenceStatusBadge,
  mayFile,
  reportVolumeField,
} from '../../format/licence-view.ts';
import { formatAmount, parseYuan } from '../../format/money.ts';
import { displayPatentNumber } from '../../format/patent-badges.ts';
import { listText } from '../../format/phrase.ts';
import { royaltyLine, summaryOf } from '../../format/royalty-text.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';
import { type FormErrors, readPayment } from './acceptance-form.ts';
import { LicenceReceipts } from './licence-receipts.tsx';

/**
 * One open licence: parties, the accepted terms, its payments (the due one recorded here when it was not
 * with the notice), the filing (备案) with its deadline, and the running-royalty reports with their payment.
 */
export function LicenceDetail({ id }: { id: string }) {
  const { api, locale, me } = useApp();
  const load = useCallback((licenceId: string) => api.licences.get(licenceId), [api]);
  const { record: licence, setRecord: setLicence, missing } = useRecord(id, load);

  if (missing) return <MissingRecord message={t('licence.missing')} backHref={screenHref('licences')} />;
  if (!licence) return <p class="muted center">{t('common.loading')}</p>;
  const orgId = me?.organisation?.id;
  const today = chinaToday();
  const filing = filingBadge(licence, today);
  const licensee = isLicensee(licence, orgId);

  return (
    <div class="page">
      <section
        class="card"
        aria-labelledby="licence-title"
        data-licence-id={licence.id}
        data-status={licence.status}
      >
        <div class="card-head">
          <div class="title-line">
            <h1 id="licence-title">{licence.offer.title}</h1>
            <span id="licence-status">
              <BadgePill badge={licenceStatusBadge(licence.status)} />
            </span>
            {filing && (
              <span id="licence-filing-badge">
                <BadgePill badge={filing} />
              </span>
            )}
          </div>
          <span class="actions">
            <a
              class="button button-small"
              data-action="notice"
              href={screenHref('licences', [licence.id, 'notice'])}
            >
              {t('licence.viewNotice')}
            </a>
            <a class="button button-small" href={screenHref('licences')}>
              {t('common.back')}
            </a>
          </span>
        </div>
        <dl class="details details-compact" id="licence-facts">
          <dt>{t('licence.licensee')}</dt>
          <dd data-licensee>{licence.licensee.name}</dd>
          <dt>{t('licence.licensors')}</dt>
          <dd data-licensors>{licence.licensors.map((party) => party.name).join('、')}</dd>
          {licence.brokerName && (
            <>
              <dt>{t('licence.broker')}</dt>
              <dd data-broker>{licence.brokerName}</dd>
            </>
          )}
          {licence.ipOffice && (
            <>
              <dt>{t('licence.ipOffice')}</dt>
              <dd>{licence.ipOffice.name}</dd>
            </>
          )}
          <dt>{t('licence.patents')}</dt>
          <dd class="mono">{licence.offer.patentNumbers.map(displayPatentNumber).join('、')}</dd>
          <dt>{t('licence.royalty')}</dt>
          <dd>{royaltyLine(summaryOf(licence.terms.royalty), locale)}</dd>
          <dt>{t('licence.period')}</dt>
          <dd>
            {t('statutory.periodValue', { start: licence.terms.period.start, end: licence.terms.period.end })}
          </dd>
          <dt>{t('licence.startDate')}</dt>
          <dd>{licence.startDate}</dd>
          <dt>{t('licence.noticeDate')}</dt>
          <dd>{licence.noticeDate}</dd>
          <dt>{t('licence.effectiveDate')}</dt>
          <dd data-effective>{licence.effectiveDate ?? t('licence.notYetEffective')}</dd>
          {licence.estimatedTotalFen !== undefined && (
            <>
              <dt>{t('licence.estimate')}</dt>
              <dd>{formatAmount(licence.estimatedTotalFen, locale)}</dd>
            </>
          )}
        </dl>
      </section>
      <Payments licence={licence} mayPay={licensee} onChange={setLicence} />
      <LicenceReceipts licence={licence} onChange={setLicence} />
      {licence.effectiveDate && (
        <Filing licence={licence} mayRecord={mayFile(licence, orgId)} onChange={setLicence} />
      )}
      {reportVolumeField(licence.terms.royalty) && (
        <Reports licence={licence} mayReport={licensee} onChange={setLicence} />
      )}
    </div>
  );
}

function Payments({
  licence,
  mayPay,
  onChange,
}: {
  licence: OpenLicence;
  mayPay: boolean;
  onChange: (licence: OpenLicence) => void;
}) {
  const { api, locale, notify, reportError, fieldErrorsOf } = useApp();
  const today = chinaToday();
  const [paidOn, setPaidOn] = useState(today);
  const [proof, setProof] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const dueNow = dueNowFen(licence);
  const awaiting = dueNow > 0;

  async function pay(event: Event) {
    event.preventDefault();
    const read = readPayment({ paidOn, proofReference: proof }, dueNow, today);
    setErrors(read.ok ? {} : read.errors);
    setServerErrors({});
    if (!read.ok) return;
    setBusy(true);
    try {
      onChange(await api.licences.pay(licence.id, read.payment));
      notify(t('acceptance.effective'));
    } catch (error) {
      setServerErrors(fieldErrorsOf(error));
      reportError(error);
    } finally {
      setBusy(false);
    }
  }
  const errorText = (field: string) => {
    const error = errors[field];
    return error ? t(error.key, error.params) : serverErrors[field];
  };

  return (
    <section class="card" aria-labelledby="payments-title" id="licence-payments">
      <h2 id="payments-title">{t('licence.payments')}</h2>
      <p class="muted small">
        {licence.dueOnAcceptanceFen > 0
          ? t('licence.dueOnAcceptance', { amount: formatAmount(licence.dueOnAcceptanceFen, locale) })
          : t('acceptance.nothingDue')}
      </p>
      {licence.payments.length > 0 && (
        <div class="table-wrap">
          <table class="table" id="payment-table">
            <thead>
              <tr>
                <th>{t('payment.paidOn')}</th>
                <th class="num">{t('payment.amount')}</th>
                <th>{t('payment.proofReference')}</th>
              </tr>
            </thead>
            <tbody>
              {licence.payments.map((payment) => (
                <tr key={`${payment.paidOn}-${payment.proofReference}`} data-proof={payment.proofReference}>
                  <td>{payment.paidOn}</td>
                  <td class="num">{formatAmount(payment.amountFen, locale)}</td>
                  <td class="mono">{payment.proofReference}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {awaiting && mayPay && (
        <form id="payment-form" onSubmit={pay} noValidate>
          <p class="banner banner-warning">
            {licence.status === 'notice_sent'
              ? t('licence.awaitingPayment', { amount: formatAmount(dueNow, locale) })
              : t('licence.instalmentDue', {
                  number: licence.nextInstalment?.number ?? '',
                  amount: formatAmount(dueNow, locale),
                  date: licence.nextInstalment?.dueOn ?? '',
                })}
          </p>
          <div class="form-grid">
            <TextField
              id="payment-paid-on"
              type="date"
              label={t('payment.paidOn')}
              value={paidOn}
              onValue={setPaidOn}
              error={errorText('paidOn')}
              required
            />
            <TextField
              id="payment-proof"
              label={t('payment.proofReference')}
              hint={t('payment.proofHint')}
              value={proof}
              onValue={setProof}
              error={errorText('proofReference') ?? errorText('amountFen')}
              maxLength={100}
              required
            />
          </div>
          <div class="form-actions">
            <button type="submit" class="button button-primary" data-action="record-payment" disabled={busy}>
              {t('payment.record', { amount: formatAmount(dueNow, locale) })}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

function Filing({
  licence,
  mayRecord,
  onChange,
}: {
  licence: OpenLicence;
  mayRecord: boolean;
  onChange: (licence: OpenLicence) => void;
}) {
  const { api, notify, reportError, fieldErrorsOf } = useApp();
  const today = chinaToday();
  const [number, setNumber] = useState('');
  const [filedOn, setFiledOn] = useState(today);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const filing = licence.filing;

  async function record(event: Event) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (number.trim().length < 4) problems.filingNumber = t('filing.error.number');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(filedOn) || filedOn > today) problems.filedOn = t('filing.error.date');
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      onChange(await api.licences.file(licence.id, { filingNumber: number.trim(), filedOn }));
      notify(t('filing.recorded'));
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card" aria-labelledby="filing-title" id="licence-filing">
      <h2 id="filing-title">{t('filing.title')}</h2>
      <p class="muted small">{t('filing.rule')}</p>
      {filing && (
        <dl class="details details-compact">
          <dt>{t('filing.deadline')}</dt>
          <dd data-deadline={filing.deadline}>{filing.deadline}</dd>
          {filing.filedOn && (
            <>
              <dt>{t('filing.filedOn')}</dt>
              <dd>{filing.filedOn}</dd>
              <dt>{t('filing.number')}</dt>
              <dd class="mono" data-filing-number>
                {filing.filingNumber}
              </dd>
            </>
          )}
          {filing.remindersSent.length > 0 && (
            <>
              <dt>{t('filing.reminders')}</dt>
              <dd>{listText(filing.remindersSent.map((days) => t('filing.reminderDays', { days })))}</dd>
            </>
          )}
        </dl>
      )}
      {mayRecord && !filing?.filedOn && (
        <form id="filing-form" onSubmit={record} noValidate>
          <div class="form-grid">
            <TextField
              id="filing-number"
              label={t('filing.number')}
              value={number}
              onValue={setNumber}
              error={errors.filingNumber}
              maxLength={60}
              required
            />
            <TextField
              id="filing-date"
              type="date"
              label={t('filing.filedOn')}
              value={filedOn}
              onValue={setFiledOn}
              error={errors.filedOn}
              required
            />
          </div>
          <div class="form-actions">
            <button type="submit" class="button button-primary" data-action="record-filing" disabled={busy}>
              {t('filing.submit')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

function Reports({
  licence,
  mayReport,
  onChange,
}: {
  licence: OpenLicence;
  mayReport: boolean;
  onChange: (licence: OpenLicence) => void;
}) {
  const { api, notify, reportError, fieldErrorsOf } = useApp();
  const field = reportVolumeField(licence.terms.royalty) ?? 'netSalesFen';
  const [periodStart, setPeriodStart] = useState('');
  const [periodEnd, setPeriodEnd] = useState('');
  const [volume, setVolume] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    const date = /^\d{4}-\d{2}-\d{2}$/;
    if (!date.test(periodStart)) problems.periodStart = t('report.error.date');
    if (!date.test(periodEnd) || periodEnd < periodStart) problems.periodEnd = t('report.error.end');
    let amount: number | undefined;
    if (field === 'units') {
      amount = /^\d+$/.test(volume.trim()) ? Number(volume.trim()) : undefined;
    } else {
      const parsed = parseYuan(volume);
      amount = parsed.ok ? parsed.fen : undefined;
    }
    if (amount === undefined) problems[field] = t('report.error.volume');
    setErrors(problems);
    if (Object.keys(problems).length > 0 || amount === undefined) return;
    setBusy(true);
    try {
      onChange(await api.licences.report(licence.id, { periodStart, periodEnd, [field]: amount }));
      notify(t('report.recorded'));
      setVolume('');
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card" aria-labelledby="reports-title" id="royalty-reports">
      <h2 id="reports-title">{t('report.title')}</h2>
      <p class="muted small">{t('report.intro')}</p>
      {licence.royaltyReports.length === 0 ? (
        <p class="empty">{t('report.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table class="table" id="report-table">
            <thead>
              <tr>
                <th>{t('report.period')}</th>
                <th class="num">{t(`report.volume.${field}`)}</th>
                <th class="num">{t('report.due')}</th>
                <th>{t('report.paid')}</th>
              </tr>
            </thead>
            <tbody>
              {licence.royaltyReports.map((report) => (
                <ReportRow
                  key={report.id}
                  licence={licence}
                  report={report}
                  field={field}
                  mayPay={mayReport}
                  onChange={onChange}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {mayReport && licence.status !== 'notice_sent' && (
        <form id="report-form" onSubmit={submit} noValidate>
          <h3>{t('report.new')}</h3>
          <div class="form-grid">
            <TextField
              id="report-start"
              type="date"
              label={t('report.periodStart')}
              value={periodStart}
              onValue={setPeriodStart}
              error={errors.periodStart}
              required
            />
            <TextField
              id="report-end"
              type="date"
              label={t('report.periodEnd')}
              value={periodEnd}
              onValue={setPeriodEnd}
              error={errors.periodEnd}
              required
            />
            <TextField
              id="report-volume"
              label={t(`report.volume.${field}`)}
              hint={field === 'units' ? t('calculator.hint.units') : t('calculator.hint.money')}
              value={volume}
              onValue={setVolume}
              error={errors[field]}
              inputMode={field === 'units' ? 'numeric' : 'decimal'}
              required
            />
          </div>
          <div class="form-actions">
            <button type="submit" class="button button-primary" data-action="submit-report" disabled={busy}>
              {t('report.submit')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

function ReportRow({
  licence,
  report,
  field,
  mayPay,
  onChange,
}: {
  licence: OpenLicence;
  report: RoyaltyReport;
  field: 'netSalesFen' | 'profitFen' | 'units';
  mayPay: boolean;
  onChange: (licence: OpenLicence) => void;
}) {
  const { api, locale, notify, reportError } = useApp();
  const today = chinaToday();
  const [open, setOpen] = useState(false);
  const [paidOn, setPaidOn] = useState(today);
  const [proof, setProof] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const [busy, setBusy] = useState(false);
  const volume = report[field];

  async function pay(event: Event) {
    event.preventDefault();
    const read = readPayment({ paidOn, proofReference: proof }, report.amountDueFen, today);
    setErrors(read.ok ? {} : read.errors);
    if (!read.ok) return;
    setBusy(true);
    try {
      onChange(
        await api.licences.payReport(licence.id, report.id, {
          paidOn: read.payment.paidOn,
          proofReference: read.payment.proofReference,
        }),
      );
      notify(t('report.paidToast'));
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <tr data-report-id={report.id} data-paid={report.paidOn ? 'true' : 'false'}>
      <td class="nowrap">
        {report.periodStart} – {report.periodEnd}
      </td>
      <td class="num">
        {volume === undefined ? '—' : field === 'units' ? String(volume) : formatAmount(volume, locale)}
      </td>
      <td class="num strong">{formatAmount(report.amountDueFen, locale)}</td>
      <td>
        {report.paidOn ? (
          <span>
            {report.paidOn} <span class="mono small">{report.proofReference}</span>
          </span>
        ) : mayPay && report.amountDueFen > 0 ? (
          open ? (
            <form class="inline-form" onSubmit={pay} noValidate data-report-payment>
              <input
                type="date"
                aria-label={t('payment.paidOn')}
                value={paidOn}
                onInput={(event) => setPaidOn(event.currentTarget.value)}
              />
              <input
                aria-label={t('payment.proofReference')}
                placeholder={t('payment.proofReference')}
                value={proof}
                maxLength={100}
                onInput={(event) => setProof(event.currentTarget.value)}
              />
              <button type="submit" class="button button-small button-primary" disabled={busy}>
                {t('payment.confirm')}
              </button>
              {(errors.paidOn || errors.proofReference) && (
                <p class="field-error">
                  {[errors.paidOn, errors.proofReference]
                    .filter((error) => error !== undefined)
                    .map((error) => t(error.key, error.params))
                    .join('；')}
                </p>
              )}
            </form>
          ) : (
            <button
              type="button"
              class="button button-small"
              data-action="pay-report"
              onClick={() => setOpen(true)}
            >
              {t('report.pay')}
            </button>
          )
        ) : (
          <span class="pill pill-warn">{t('report.unpaid')}</span>
        )}
      </td>
    </tr>
  );
}
