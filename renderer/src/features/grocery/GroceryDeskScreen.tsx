import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CartLine, CatalogItem, OrderView } from '../../../../shared/contract/grocery';
import { orderStatuses, type OrderStatus } from '../../../../shared/contract/names';
import type { OperationOutput } from '../../../../shared/contract/operations';
import { limitOf, parseDollars, snapshotLine, totalsOf } from '../../../../shared/domain/grocery-cart';
import { formatInstant, formatPickup } from '../../../../shared/domain/grocery-schedule';
import { allowedNext } from '../../../../shared/domain/grocery-status';
import { languageNames } from '../../../../shared/languages';
import type { KioskError, Result } from '../../../../shared/result';
import { useShell } from '../../app/shell-context';
import { CsvDownload } from '../../components/CsvDownload';
import { Dialog } from '../../components/Dialog';
import { ErrorText } from '../../components/ErrorText';
import { MoreRows, usePaged } from '../../components/Paged';
import { Screen } from '../../components/Screen';
import { TextField } from '../../components/TextField';
import { useTopics } from '../../app/use-topics';
import { kiosk } from '../../kiosk-client';
import { useMoney } from './grocery-format';
import { formatPercent, formatPhone } from '../../../../shared/domain/format';
import { CartTotals, QuantityStepper } from './grocery-parts';
import { SlipProgress } from './SlipProgress';
import './grocery.css';
import { textIn } from '../../../../shared/localised-text';

type WindowRow = OperationOutput<'grocery.windows'>[number];
type Sent = OperationOutput<'grocery.sendWindow'>;

export function CsvOutput({ csv, fileName, label }: { csv: string; fileName: string; label: string }) {
  const { t } = useTranslation();
  const area = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(csv);
    } catch {
      area.current?.select();
      document.execCommand('copy');
    }
    setCopied(true);
  };
  return (
    <div className="field">
      <label htmlFor={`csv-${fileName}`}>{label}</label>
      <textarea id={`csv-${fileName}`} ref={area} className="grocery-csv" readOnly value={csv} />
      <div className="row">
        <CsvDownload csv={csv} fileName={fileName} label={t('grocery.desk.download', { file: fileName })} className="button secondary" />
        <button type="button" className="button secondary" onClick={() => void copy()}>
          {t('grocery.desk.copy')}
        </button>
        {copied ? <span role="status">{t('grocery.desk.copied')}</span> : null}
      </div>
    </div>
  );
}

export function GroceryDeskScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  const money = useMoney();
  const language = shell.language;
  const timeZone = shell.settings.timeZone;
  const [windows, setWindows] = useState<WindowRow[]>([]);
  const [windowKey, setWindowKey] = useState<string | null>(null);
  const [status, setStatus] = useState<OrderStatus | ''>('');
  const [search, setSearch] = useState('');
  const [appliedSearch, setAppliedSearch] = useState('');
  const [error, setError] = useState<KioskError | null>(null);
  const [notice, setNotice] = useState('');
  const [slipJobs, setSlipJobs] = useState<string[] | null>(null);
  const [sent, setSent] = useState<Sent | null>(null);
  const [confirmSend, setConfirmSend] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);

  const loadWindows = async () => {
    const result = await kiosk.call('grocery.windows', {});
    if (!result.ok) return setError(result.error);
    setWindows(result.value);
    setWindowKey((current) => current ?? result.value.find((w) => w.summary.orders > 0)?.window.key ?? result.value[0]?.window.key ?? null);
  };
  // A search looks across every window; otherwise the selected window's orders. Newest first, a page at a time.
  const pages = usePaged(
    (page) =>
      kiosk.call('grocery.orders', {
        windowKey: appliedSearch ? undefined : (windowKey ?? undefined),
        status: status || undefined,
        search: appliedSearch || undefined,
        ...page,
      }),
    [windowKey, status, appliedSearch],
  );
  const orders: OrderView[] = pages.items;
  const loadOrders = pages.reload;
  useEffect(() => {
    void loadWindows();
  }, []);

  const refresh = async () => {
    await loadWindows();
    await loadOrders();
  };
  // An order placed at the lobby (or changed at another desk) shows here without a reload.
  useTopics(['orders'], refresh, 30_000, { now: false });
  const selected = windows.find((w) => w.window.key === windowKey) ?? null;

  const sendWindow = async () => {
    if (!windowKey) return;
    setConfirmSend(false);
    const result = await kiosk.call('grocery.sendWindow', { windowKey });
    if (!result.ok) return setError(result.error);
    setError(null);
    setSent(result.value);
    setNotice(`${t('grocery.desk.sent', { count: result.value.orders })} ${result.value.picklist === 'printed' ? t('grocery.desk.picklistPrinted') : t('grocery.desk.picklistDesk')}`);
    await refresh();
  };
  const arrived = async () => {
    if (!windowKey) return;
    const result = await kiosk.call('grocery.deliveryArrived', { windowKey });
    if (!result.ok) return setError(result.error);
    setError(null);
    setNotice(t('grocery.desk.arrivedResult', { count: result.value.orders }));
    setSlipJobs(result.value.slipJobs);
    await refresh();
  };

  const percent = (share: number | null) => (share === null ? t('grocery.desk.notYet') : formatPercent(share, language));

  return (
    <Screen
      title={t('grocery.desk.title')}
      actions={
        <button type="button" className="button secondary" onClick={() => shell.navigate('staff.home')}>
          {t('grocery.desk.back')}
        </button>
      }
    >
      <div className="grocery-desk">
        <section aria-labelledby="windows-heading">
          <h2 id="windows-heading">{t('grocery.desk.windows')}</h2>
          <ul className="grocery-windows">
            {windows.map((w) => (
              <li key={w.window.key}>
                <button
                  type="button"
                  className="button"
                  aria-pressed={w.window.key === windowKey}
                  onClick={() => {
                    setWindowKey(w.window.key);
                    setSent(null);
                    setNotice('');
                    setAppliedSearch('');
                    setSearch('');
                  }}
                >
                  {t('grocery.desk.windowLabel', { when: formatPickup(w.window, language, timeZone) })} · {t(`grocery.desk.state.${w.state}`)} ({w.summary.orders})
                </button>
              </li>
            ))}
          </ul>
        </section>

        {selected ? (
          <section aria-labelledby="summary-heading" className="grocery-panel">
            <h2 id="summary-heading">
              {t('grocery.desk.summary')}: {formatPickup(selected.window, language, timeZone)}
            </h2>
            <p>
              {t('grocery.desk.cutoff', { when: formatInstant(selected.window.cutoffAt, language, timeZone) })} · <strong>{t(`grocery.desk.state.${selected.state}`)}</strong>
            </p>
            <dl className="grocery-summary" data-testid="window-summary">
              <div>
                <dt>{t('grocery.desk.summaryOrders')}</dt>
                <dd>{selected.summary.orders}</dd>
              </div>
              <div>
                <dt>{t('grocery.desk.summaryItems')}</dt>
                <dd>{selected.summary.items}</dd>
              </div>
              <div>
                <dt>{t('grocery.desk.summaryEstimated')}</dt>
                <dd>{money(selected.summary.estimatedCents)}</dd>
              </div>
              <div>
                <dt>{t('grocery.desk.summaryFinal')}</dt>
                <dd>{money(selected.summary.finalCents)}</dd>
              </div>
              <div>
                <dt>{t('grocery.desk.summarySnap')}</dt>
                <dd>{percent(selected.summary.snapShare)}</dd>
              </div>
              <div>
                <dt>{t('grocery.desk.summaryPickup')}</dt>
                <dd>{percent(selected.summary.pickupRate)}</dd>
              </div>
            </dl>
            <div className="screen-actions">
              {selected.state === 'open' || selected.state === 'closed' || selected.state === 'upcoming' ? (
                <button type="button" className="button primary" onClick={() => setConfirmSend(true)}>
                  {t('grocery.desk.sendWindow')}
                </button>
              ) : null}
              {selected.state === 'sent' ? (
                <button type="button" className="button primary" onClick={() => void arrived()}>
                  {t('grocery.desk.deliveryArrived')}
                </button>
              ) : null}
              {slipJobs ? <SlipProgress jobIds={slipJobs} /> : null}
              <button type="button" className="button secondary" onClick={() => void refresh()}>
                {t('grocery.desk.refresh')}
              </button>
            </div>
          </section>
        ) : null}

        <ErrorText error={error ?? pages.error} />
        {notice ? (
          <p role="status" className="grocery-pickup-banner">
            {notice}
          </p>
        ) : null}
        {sent ? (
          <section className="grocery-panel" aria-label={t('grocery.desk.storeCsv')}>
            <CsvOutput csv={sent.csv} fileName={sent.fileName} label={t('grocery.desk.storeCsv')} />
            <p className="hint">{t('grocery.desk.savedTo', { path: sent.savedTo })}</p>
          </section>
        ) : null}

        {openId ? (
          <OrderDetail
            key={openId}
            id={openId}
            onClose={() => {
              setOpenId(null);
              void refresh();
            }}
          />
        ) : null}

        <section aria-labelledby="orders-heading">
          <h2 id="orders-heading">{t('grocery.desk.orders')}</h2>
          <form
            className="grocery-filters"
            onSubmit={(event) => {
              event.preventDefault();
              setAppliedSearch(search.trim());
            }}
          >
            <TextField label={t('grocery.desk.search')} value={search} onChange={setSearch} maxLength={80} />
            <button type="submit" className="button primary">
              {t('grocery.desk.searchButton')}
            </button>
            <div className="field">
              <label htmlFor="grocery-status-filter">{t('grocery.desk.statusFilter')}</label>
              <select id="grocery-status-filter" value={status} onChange={(e) => setStatus(e.target.value as OrderStatus | '')}>
                <option value="">{t('grocery.desk.anyStatus')}</option>
                {orderStatuses.map((s) => (
                  <option key={s} value={s}>
                    {t(`grocery.status.${s}`)}
                  </option>
                ))}
              </select>
            </div>
          </form>
          {orders.length === 0 ? (
            <p>{t('grocery.desk.noOrders')}</p>
          ) : (
            <table className="table" data-testid="grocery-orders">
              <thead>
                <tr>
                  <th scope="col">{t('grocery.desk.number')}</th>
                  <th scope="col">{t('grocery.desk.name')}</th>
                  <th scope="col">{t('grocery.desk.phone')}</th>
                  <th scope="col">{t('grocery.desk.items')}</th>
                  <th scope="col">{t('grocery.desk.total')}</th>
                  <th scope="col">{t('grocery.desk.status')}</th>
                </tr>
              </thead>
              <tbody>
                {orders.map((order) => (
                  <tr key={order.id}>
                    <td>
                      <button type="button" className="button small" aria-label={t('grocery.desk.open', { number: order.number })} onClick={() => setOpenId(order.id)}>
                        {order.number}
                      </button>
                    </td>
                    <td>{order.contact.name}</td>
                    <td>{formatPhone(order.contact.phone)}</td>
                    <td>{order.totals.itemCount}</td>
                    <td>{money(order.totals.totalCents)}</td>
                    <td>{t(`grocery.status.${order.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <MoreRows shown={orders.length} total={pages.total} hasMore={pages.hasMore} onMore={() => void pages.more()} />
        </section>
      </div>

      {confirmSend ? (
        <Dialog title={t('grocery.desk.sendConfirm')} role="alertdialog" onClose={() => setConfirmSend(false)}>
          <div className="screen-actions">
            <button type="button" className="button primary" onClick={() => void sendWindow()}>
              {t('grocery.desk.sendWindow')}
            </button>
            <button type="button" className="button secondary" onClick={() => setConfirmSend(false)}>
              {t('staff.cancel')}
            </button>
          </div>
        </Dialog>
      ) : null}

    </Screen>
  );
}

function OrderDetail({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const shell = useShell();
  const money = useMoney();
  const language = shell.language;
  const timeZone = shell.settings.timeZone;
  const [order, setOrder] = useState<OrderView | null>(null);
  const [error, setError] = useState<KioskError | null>(null);
  const [finalTotal, setFinalTotal] = useState('');
  const [finalError, setFinalError] = useState<string | undefined>();
  const [reason, setReason] = useState('');
  const [editing, setEditing] = useState<CartLine[] | null>(null);
  const [catalog, setCatalog] = useState<CatalogItem[]>([]);
  const [toAdd, setToAdd] = useState('');
  const [notice, setNotice] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = order !== null;
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded]);

  useEffect(() => {
    void kiosk.call('grocery.order', { id }).then((r) => {
      if (r.ok) {
        setOrder(r.value);
        setFinalTotal((r.value.totals.totalCents / 100).toFixed(2));
      } else setError(r.error);
    });
  }, [id]);

  const apply = (result: Result<OrderView>) => {
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setOrder(result.value);
    setNotice(t('grocery.detail.saved'));
  };
  const setStatus = async (to: OrderStatus) => {
    if (to === 'picked-up') {
      const cents = parseDollars(finalTotal);
      if (cents === null) {
        setFinalError(t('grocery.detail.badMoney'));
        return;
      }
      setFinalError(undefined);
      apply(await kiosk.call('grocery.setStatus', { id, to, finalTotalCents: cents }));
      return;
    }
    apply(await kiosk.call('grocery.setStatus', { id, to, reason: to === 'cancelled' ? reason : undefined }));
  };
  const saveItems = async () => {
    if (!editing) return;
    const result = await kiosk.call('grocery.editOrder', { id, lines: editing.filter((l) => l.quantity > 0) });
    apply(result);
    if (result.ok) setEditing(null);
  };
  const reprint = async (document: 'receipt' | 'pickup-slip') => {
    const result = await kiosk.call('grocery.reprint', { id, document });
    if (result.ok) setNotice(result.value.status === 'printed' ? t('grocery.detail.printed') : t('grocery.detail.printQueued'));
    else setError(result.error);
  };

  if (!order) {
    return (
      <section className="grocery-panel">
        <ErrorText error={error} />
        <button type="button" className="button" onClick={onClose}>
          {t('grocery.detail.close')}
        </button>
      </section>
    );
  }
  const next = allowedNext(order.status);
  const catalogById = new Map(catalog.map((i) => [i.id, i]));
  // Lines already ordered keep their snapshotted price; added items cost what they cost now.
  const editLines = (editing ?? []).flatMap((l) => {
    const old = order.lines.find((o) => o.itemId === l.itemId);
    const item = catalogById.get(l.itemId);
    if (old) return [{ ...old, quantity: l.quantity, limit: item ? limitOf(item) : 20 }];
    return item ? [{ ...snapshotLine(item, l.quantity), limit: limitOf(item) }] : [];
  });
  const editTotals = editing ? totalsOf(editLines) : null;
  const startEditing = async () => {
    const result = await kiosk.call('grocery.catalogAll', {});
    if (result.ok) setCatalog(result.value.filter((i) => i.active));
    setEditing(order.lines.map((l) => ({ itemId: l.itemId, quantity: l.quantity })));
  };
  return (
    // A panel, not a modal: its fields need the on-screen keyboard, which a modal would make inert.
    <section className="grocery-panel grocery-order-detail" aria-labelledby="order-detail-heading">
      <h2 id="order-detail-heading" ref={heading} tabIndex={-1}>
        {t('grocery.detail.title', { number: order.number })}
      </h2>
      <p>
        <strong>{t(`grocery.status.${order.status}`)}</strong> · {t('grocery.detail.placed', { when: formatInstant(order.createdAt, language, timeZone) })}
        {order.assistedBy ? ` · ${t('grocery.detail.assisted', { name: order.assistedBy })}` : ''}
      </p>
      <p>
        {order.contact.name} · {formatPhone(order.contact.phone)}
        {order.contact.libraryCard ? ` · ${order.contact.libraryCard}` : ''}
      </p>
      <p>
        {t('grocery.review.pickup')}: {formatPickup(order.window, language, timeZone)} · {t('grocery.review.payment')}: {t(`grocery.payment.${order.payment}`)} · {t('grocery.detail.language')}:{' '}
        {languageNames[order.language]}
        {order.bin !== null ? ` · ${t('grocery.detail.bin')}: ${order.bin}` : ''}
      </p>
      {editing ? (
        <>
          <ul className="grocery-cart-lines">
            {editLines.map((line) => {
              const name = textIn(line.name, language);
              return (
                <li key={line.itemId} className="grocery-cart-line">
                  <span className="grocery-cart-line-text">
                    {name} ({textIn(line.size, language)}) · {money(line.unitPriceCents)}
                  </span>
                  <QuantityStepper name={name} quantity={line.quantity} limit={line.limit} addLabel={false} onChange={(q) => setEditing((e) => (e ?? []).map((l) => (l.itemId === line.itemId ? { ...l, quantity: q } : l)))} />
                </li>
              );
            })}
          </ul>
          <div className="grocery-filters">
            <div className="field">
              <label htmlFor="grocery-add-item">{t('grocery.detail.addItem')}</label>
              <select id="grocery-add-item" value={toAdd} onChange={(e) => setToAdd(e.target.value)}>
                <option value="">—</option>
                {catalog
                  .filter((i) => !editing.some((l) => l.itemId === i.id))
                  .map((i) => (
                    <option key={i.id} value={i.id}>
                      {textIn(i.name, language)} ({textIn(i.size, language)}) · {money(i.priceCents)}
                    </option>
                  ))}
              </select>
            </div>
            <button
              type="button"
              className="button"
              disabled={toAdd === ''}
              onClick={() => {
                setEditing((e) => [...(e ?? []), { itemId: toAdd, quantity: 1 }]);
                setToAdd('');
              }}
            >
              {t('grocery.detail.addButton')}
            </button>
          </div>
        </>
      ) : (
        <ul>
          {order.lines.map((line) => (
            <li key={line.itemId}>
              {line.quantity} × {textIn(line.name, language)} ({textIn(line.size, language)}) — {money(line.unitPriceCents * line.quantity)}
              {line.snapEligible ? ` · ${t('grocery.shop.snap')}` : ''}
            </li>
          ))}
        </ul>
      )}
      <CartTotals totals={editTotals ?? order.totals} />
      {order.finalTotalCents !== null ? (
        <p>
          {t('grocery.detail.finalTotal')}: <strong>{money(order.finalTotalCents)}</strong>
        </p>
      ) : null}
      {order.cancelReason ? <p>{order.cancelReason}</p> : null}
      <ErrorText error={error} />
      {notice ? <p role="status">{notice}</p> : null}

      {order.editable ? (
        <div className="screen-actions">
          <p className="hint">{t('grocery.detail.editUntil', { when: formatInstant(order.window.cutoffAt, language, timeZone) })}</p>
          {editing ? (
            <button type="button" className="button primary" onClick={() => void saveItems()}>
              {t('grocery.detail.saveItems')}
            </button>
          ) : (
            <button type="button" className="button" onClick={() => void startEditing()}>
              {t('grocery.detail.editItems')}
            </button>
          )}
        </div>
      ) : null}

      {next.includes('picked-up') ? (
        <div className="grocery-filters">
          <TextField label={t('grocery.detail.finalTotal')} hint={t('grocery.detail.finalTotalHint')} kind="number" value={finalTotal} onChange={setFinalTotal} error={finalError} maxLength={9} />
          <button type="button" className="button primary" onClick={() => void setStatus('picked-up')}>
            {t('grocery.detail.markPickedUp')}
          </button>
          {next.includes('not-picked-up') ? (
            <button type="button" className="button" onClick={() => void setStatus('not-picked-up')}>
              {t('grocery.detail.markNotPickedUp')}
            </button>
          ) : null}
        </div>
      ) : null}
      {next.includes('cancelled') ? (
        <div className="grocery-filters">
          <TextField label={t('grocery.detail.reason')} value={reason} onChange={setReason} maxLength={200} />
          <button type="button" className="button danger" onClick={() => void setStatus('cancelled')}>
            {t('grocery.detail.cancel')}
          </button>
        </div>
      ) : null}
      <div className="screen-actions">
        <button type="button" className="button secondary" onClick={() => void reprint('receipt')}>
          {t('grocery.detail.reprintReceipt')}
        </button>
        {order.bin !== null ? (
          <button type="button" className="button secondary" onClick={() => void reprint('pickup-slip')}>
            {t('grocery.detail.reprintSlip')}
          </button>
        ) : null}
        <button type="button" className="button primary" onClick={onClose}>
          {t('grocery.detail.close')}
        </button>
      </div>
      <details>
        <summary>{t('grocery.detail.history')}</summary>
        <ul>
          {order.history.map((h) => (
            <li key={`${h.at}-${h.status}`}>
              {formatInstant(h.at, language, timeZone)} — {t(`grocery.status.${h.status}`)} — {h.by}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
