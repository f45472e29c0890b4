import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  categoryIds,
  type CartIssue,
  type CartLine,
  type CatalogItem,
  type CategoryId,
  type OrderWindow,
  type PaymentMethod,
} from '../../../../shared/contract/grocery';
import type { OperationOutput } from '../../../../shared/contract/operations';
import { limitOf, normalizePhone, setQuantity, totalsOf } from '../../../../shared/domain/grocery-cart';
import { whatToBring } from '../../../../shared/domain/grocery-payment';
import { formatInstant, formatPickup } from '../../../../shared/domain/grocery-schedule';
import type { KioskError } from '../../../../shared/result';
import { useShell } from '../../app/shell-context';
import { useRequestKey } from '../../app/request-key';
import { Dialog } from '../../components/Dialog';
import { ErrorText } from '../../components/ErrorText';
import { useKeyboard } from '../../components/keyboard-context';
import { Screen } from '../../components/Screen';
import { TextField } from '../../components/TextField';
import { kiosk } from '../../kiosk-client';
import { pictureUrl, useGroceryFieldError, useMoney } from './grocery-format';
import { BringToPickup } from './BringToPickup';
import { CartTotals, QuantityStepper } from './grocery-parts';
import './grocery.css';
import { allTexts, textIn } from '../../../../shared/localised-text';

type Step = 'shop' | 'cart' | 'pickup' | 'contact' | 'payment' | 'review' | 'done';
const numberedSteps: Step[] = ['shop', 'cart', 'pickup', 'contact', 'payment', 'review'];
type Catalog = OperationOutput<'grocery.catalog'>;
type Placed = OperationOutput<'grocery.submitOrder'>;
type Change = { issue: CartIssue; name: string };
type Contact = { name: string; phone: string; libraryCard: string };

const fold = (text: string): string => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
const CART_CODES = new Set(['grocery.cart-changed', 'grocery.over-limit', 'grocery.bad-quantity']);

/**
 * The whole patron ordering flow as one screen with steps. Everything the patron enters lives in
 * this component's state only, so leaving or an idle reset wipes it.
 */
export function GroceryOrderScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  const money = useMoney();
  const language = shell.language;
  // A retry of the same order (its answer was lost) gets the order already made, never a second one.
  const withKey = useRequestKey();
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  const [step, setStep] = useState<Step>('shop');
  const [cart, setCart] = useState<CartLine[]>([]);
  const [category, setCategory] = useState<CategoryId | 'all'>('all');
  const [search, setSearch] = useState('');
  const [detail, setDetail] = useState<CatalogItem | null>(null);
  const [contact, setContact] = useState<Contact>({ name: '', phone: '', libraryCard: '' });
  const [contactError, setContactError] = useState<KioskError | null>(null);
  const [payment, setPayment] = useState<PaymentMethod | null>(null);
  const [changes, setChanges] = useState<Change[] | null>(null);
  const [error, setError] = useState<KioskError | null>(null);
  const [busy, setBusy] = useState(false);
  const [placed, setPlaced] = useState<Placed | null>(null);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const fieldError = useGroceryFieldError(contactError);

  const loadCatalog = async (): Promise<Catalog | null> => {
    const result = await kiosk.call('grocery.catalog', {});
    if (!result.ok) {
      setError(result.error);
      return null;
    }
    setCatalog(result.value);
    return result.value;
  };
  useEffect(() => {
    void loadCatalog();
  }, []);
  // A new step has new fields: the keyboard of the last one must not stay open.
  const keyboard = useKeyboard();
  useEffect(() => {
    keyboard.hide();
  }, [step]);

  const items = useMemo(() => new Map((catalog?.items ?? []).map((i) => [i.id, i])), [catalog]);
  const cartLines = cart.flatMap((line) => {
    const item = items.get(line.itemId);
    return item ? [{ line, item }] : [];
  });
  const totals = totalsOf(cartLines.map(({ line, item }) => ({ unitPriceCents: item.priceCents, snapEligible: item.snapEligible, quantity: line.quantity })));
  const quantityOf = (id: string) => cart.find((l) => l.itemId === id)?.quantity ?? 0;
  const change = (item: CatalogItem, quantity: number) => setCart((c) => setQuantity(c, item, quantity));
  const pickup: OrderWindow | null = catalog?.pickup ?? null;
  const timeZone = catalog?.timeZone ?? shell.settings.timeZone;

  /** Asks the backend about the cart; if anything changed, updates the cart and tells the patron. Returns true when all is well. */
  const reconcile = async (): Promise<boolean> => {
    const result = await kiosk.call('grocery.checkCart', { lines: cart });
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    const { issues } = result.value;
    if (issues.length === 0) return true;
    const nameOf = (id: string) => textIn(items.get(id)?.name, language);
    setCart((current) =>
      current.flatMap((line) => {
        const mine = issues.filter((i) => i.itemId === line.itemId);
        if (mine.some((i) => i.code === 'inactive' || i.code === 'missing' || i.code === 'bad-quantity')) return [];
        let next = line;
        for (const issue of mine) {
          if (issue.code === 'price-changed' && issue.newPriceCents !== undefined) next = { ...next, seenPriceCents: issue.newPriceCents };
          if (issue.code === 'over-limit' && issue.limit !== undefined) next = { ...next, quantity: issue.limit };
        }
        return [next];
      }),
    );
    setChanges(issues.map((issue) => ({ issue, name: nameOf(issue.itemId) })));
    await loadCatalog();
    return false;
  };

  const goCheckout = async () => {
    setError(null);
    if (cart.length === 0) {
      setError({ code: 'grocery.cart-empty', message: '' });
      return;
    }
    if (await reconcile()) setStep('pickup');
  };

  const goReview = async () => {
    if (await reconcile()) setStep('review');
    else setStep('cart');
  };

  const contactNext = () => {
    const fields = [
      ...(contact.name.trim() === '' ? [{ path: 'contact.name', code: 'required' }] : []),
      ...(normalizePhone(contact.phone) === null ? [{ path: 'contact.phone', code: 'phone-format' }] : []),
      ...(contact.libraryCard.trim() !== '' && !/^[A-Za-z0-9 -]{4,20}$/.test(contact.libraryCard.trim()) ? [{ path: 'contact.libraryCard', code: 'card-format' }] : []),
    ];
    if (fields.length > 0) {
      setContactError({ code: 'invalid-input', message: '', fields });
      return;
    }
    setContactError(null);
    setStep('payment');
  };

  const submit = async () => {
    if (!pickup || !payment) return;
    setBusy(true);
    setError(null);
    const result = await kiosk.call('grocery.submitOrder', withKey({ lines: cart, windowKey: pickup.key, contact, payment, language }));
    setBusy(false);
    if (result.ok) {
      setPlaced(result.value);
      setCart([]);
      setStep('done');
      return;
    }
    const code = result.error.code;
    if (CART_CODES.has(code)) {
      await reconcile();
      setStep('cart');
      return;
    }
    if (code === 'grocery.window-closed' || code === 'grocery.no-window') await loadCatalog();
    if (code === 'invalid-input' && result.error.fields?.some((f) => f.path.startsWith('contact.'))) {
      setContactError(result.error);
      setStep('contact');
      return;
    }
    setError(result.error);
  };

  const stepIndex = numberedSteps.indexOf(step);
  const title = step === 'done' ? t('grocery.done.title') : t(`grocery.steps.${step}`);
  const back = (to: Step) => (
    <button type="button" className="button secondary" onClick={() => { setError(null); setStep(to); }}>
      {t('grocery.nav.back')}
    </button>
  );

  const pickupLine = pickup ? (
    <p className="grocery-pickup-banner" data-testid="next-pickup">
      {t('grocery.shop.nextPickup', { when: formatPickup(pickup, language, timeZone) })}
      <span className="hint"> · {t('grocery.shop.orderBy', { when: formatInstant(pickup.cutoffAt, language, timeZone) })}</span>
    </p>
  ) : catalog ? (
    <p className="grocery-pickup-banner">{t('grocery.shop.noPickup')}</p>
  ) : null;

  const visible = (catalog?.items ?? []).filter((item) => {
    if (search.trim() !== '') {
      const needle = fold(search.trim());
      // Any language's name finds the item: a patron may know its name in another language.
      return allTexts(item.name).some((name) => fold(name).includes(needle));
    }
    return category === 'all' || item.category === category;
  });

  const itemCard = (item: CatalogItem) => (
    <li key={item.id} className="grocery-card">
      <button type="button" className="grocery-card-open" onClick={() => setDetail(item)} aria-label={t('grocery.shop.details', { name: textIn(item.name, language) })}>
        <img src={pictureUrl(item.picture)} alt="" width={72} height={72} />
        <span className="grocery-card-name">{textIn(item.name, language)}</span>
      </button>
      <p className="grocery-card-price">{t('grocery.shop.perUnit', { price: money(item.priceCents), size: textIn(item.size, language) })}</p>
      <p className={item.snapEligible ? 'grocery-snap' : 'grocery-nosnap'}>{item.snapEligible ? t('grocery.shop.snapLong') : t('grocery.shop.notSnap')}</p>
      <QuantityStepper name={textIn(item.name, language)} quantity={quantityOf(item.id)} limit={limitOf(item)} onChange={(q) => change(item, q)} />
    </li>
  );

  const cartPanel = (
    <aside className="grocery-cart-panel" aria-labelledby="cart-panel-heading">
      <h2 id="cart-panel-heading">{t('grocery.cart.title')}</h2>
      <p>{cart.length === 0 ? t('grocery.cart.empty') : t('grocery.cart.itemCount', { count: totals.itemCount })}</p>
      <CartTotals totals={totals} />
      <div className="grocery-panel-actions">
        <button type="button" className="button secondary wide" onClick={() => setStep('cart')}>
          {t('grocery.cart.view', { count: totals.itemCount })}
        </button>
        <button type="button" className="button primary wide" disabled={cart.length === 0 || !pickup} onClick={() => void goCheckout()}>
          {t('grocery.cart.checkout')}
        </button>
      </div>
    </aside>
  );

  const cartList = (editable: boolean) => (
    <ul className="grocery-cart-lines">
      {cartLines.map(({ line, item }) => (
        <li key={item.id} className="grocery-cart-line">
          <img src={pictureUrl(item.picture)} alt="" width={48} height={48} />
          <div className="grocery-cart-line-text">
            <span className="grocery-card-name">{textIn(item.name, language)}</span>
            <span className="hint">
              {textIn(item.size, language)} · {money(item.priceCents)} · {item.snapEligible ? t('grocery.shop.snap') : t('grocery.shop.notSnap')}
            </span>
          </div>
          {editable ? (
            <>
              <QuantityStepper name={textIn(item.name, language)} quantity={line.quantity} limit={limitOf(item)} onChange={(q) => change(item, q)} addLabel={false} />
              <button type="button" className="button small danger" aria-label={t('grocery.cart.remove', { name: textIn(item.name, language) })} onClick={() => change(item, 0)}>
                ✕
              </button>
            </>
          ) : (
            <span>{line.quantity} ×</span>
          )}
          <span className="grocery-line-total">{money(item.priceCents * line.quantity)}</span>
        </li>
      ))}
    </ul>
  );

  let body: ReactNode = null;
  let actions: ReactNode = null;
  if (step === 'shop') {
    body = (
      <div className="grocery-shop">
        <div className="grocery-browse">
          <div className="grocery-search">
            <TextField label={t('grocery.shop.search')} value={search} onChange={setSearch} maxLength={40} />
            {search !== '' ? (
              <button type="button" className="button secondary" onClick={() => setSearch('')}>
                {t('grocery.shop.clearSearch')}
              </button>
            ) : null}
          </div>
          <nav aria-label={t('grocery.shop.categories')}>
            <ul className="grocery-categories">
              {(['all', ...categoryIds] as const).map((id) => (
                <li key={id}>
                  <button
                    type="button"
                    className="button"
                    aria-pressed={search === '' && category === id}
                    onClick={() => {
                      setSearch('');
                      setCategory(id);
                    }}
                  >
                    {id === 'all' ? t('grocery.shop.all') : t(`grocery.categories.${id}`)}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          {!catalog ? <p>{t('grocery.shop.loading')}</p> : null}
          {search !== '' ? (
            <p role="status">{visible.length === 0 ? t('grocery.shop.noResults') : t('grocery.shop.searchResults', { count: visible.length })}</p>
          ) : null}
          <h2 className="visually-hidden">{search !== '' ? t('grocery.shop.search') : category === 'all' ? t('grocery.shop.all') : t(`grocery.categories.${category}`)}</h2>
          <ul className="grocery-grid">{visible.map(itemCard)}</ul>
        </div>
        {cartPanel}
      </div>
    );
  } else if (step === 'cart') {
    body = (
      <>
        {cart.length === 0 ? <p>{t('grocery.cart.empty')}</p> : cartList(true)}
        <CartTotals totals={totals} />
      </>
    );
    actions = (
      <>
        <button type="button" className="button secondary" onClick={() => setStep('shop')}>
          {t('grocery.cart.keepShopping')}
        </button>
        <button type="button" className="button primary" disabled={cart.length === 0 || !pickup} onClick={() => void goCheckout()}>
          {t('grocery.cart.checkout')}
        </button>
      </>
    );
  } else if (step === 'pickup') {
    body = pickup ? (
      <section className="grocery-pickup">
        <p>{t('grocery.pickup.body')}</p>
        <p className="grocery-big" data-testid="pickup-time">
          {formatPickup(pickup, language, timeZone)}
        </p>
        <p>{t('grocery.pickup.where', { branch: shell.settings.branchName })}</p>
        <p className="hint">{t('grocery.pickup.cutoff', { when: formatInstant(pickup.cutoffAt, language, timeZone) })}</p>
      </section>
    ) : (
      <p>{t('grocery.shop.noPickup')}</p>
    );
    actions = (
      <>
        {back('cart')}
        <button type="button" className="button primary" disabled={!pickup} onClick={() => setStep('contact')}>
          {t('grocery.nav.next')}
        </button>
      </>
    );
  } else if (step === 'contact') {
    body = (
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          contactNext();
        }}
      >
        <TextField label={t('grocery.contact.name')} value={contact.name} maxLength={80} onChange={(name) => setContact((c) => ({ ...c, name }))} error={fieldError('contact.name')} required />
        <TextField label={t('grocery.contact.phone')} kind="tel" hint={t('grocery.contact.phoneHint')} value={contact.phone} maxLength={24} onChange={(phone) => setContact((c) => ({ ...c, phone }))} error={fieldError('contact.phone')} required />
        <TextField label={t('grocery.contact.card')} hint={t('grocery.contact.cardHint')} value={contact.libraryCard} maxLength={20} onChange={(libraryCard) => setContact((c) => ({ ...c, libraryCard }))} error={fieldError('contact.libraryCard')} />
        <div className="screen-actions">
          {back('pickup')}
          <button type="submit" className="button primary">
            {t('grocery.nav.next')}
          </button>
        </div>
      </form>
    );
  } else if (step === 'payment') {
    body = (
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (payment) void goReview();
        }}
      >
        <fieldset>
          <legend>{t('grocery.pay.title')}</legend>
          <p className="hint">{t('grocery.pay.body')}</p>
          {(catalog?.payments ?? []).map((method) => (
            <label key={method} className="check grocery-choice">
              <input type="radio" name="payment" value={method} checked={payment === method} onChange={() => setPayment(method)} />
              {t(`grocery.payment.${method}`)}
            </label>
          ))}
        </fieldset>
        {payment ? <BringToPickup parts={whatToBring(totals, payment, catalog?.payments ?? [])} /> : null}
        <div className="screen-actions">
          {back('contact')}
          <button type="submit" className="button primary" disabled={!payment}>
            {t('grocery.nav.next')}
          </button>
        </div>
      </form>
    );
  } else if (step === 'review') {
    body = (
      <div className="grocery-review">
        <section aria-labelledby="review-items">
          <h2 id="review-items">{t('grocery.review.items')}</h2>
          {cartList(false)}
          <CartTotals totals={totals} />
          <button type="button" className="button small" onClick={() => setStep('cart')}>
            {t('grocery.review.edit')} <span className="visually-hidden">{t('grocery.review.items')}</span>
          </button>
        </section>
        <section aria-labelledby="review-pickup">
          <h2 id="review-pickup">{t('grocery.review.pickup')}</h2>
          <p data-testid="review-pickup">{pickup ? formatPickup(pickup, language, timeZone) : t('grocery.shop.noPickup')}</p>
        </section>
        <section aria-labelledby="review-contact">
          <h2 id="review-contact">{t('grocery.review.contact')}</h2>
          <p>
            {contact.name}
            <br />
            {normalizePhone(contact.phone) ?? contact.phone}
            {contact.libraryCard ? (
              <>
                <br />
                {contact.libraryCard}
              </>
            ) : null}
          </p>
          <button type="button" className="button small" onClick={() => setStep('contact')}>
            {t('grocery.review.edit')} <span className="visually-hidden">{t('grocery.review.contact')}</span>
          </button>
        </section>
        <section aria-labelledby="review-payment">
          <h2 id="review-payment">{t('grocery.review.payment')}</h2>
          <p>{payment ? t(`grocery.payment.${payment}`) : ''}</p>
          {payment ? <BringToPickup parts={whatToBring(totals, payment, catalog?.payments ?? [])} /> : null}
          <button type="button" className="button small" onClick={() => setStep('payment')}>
            {t('grocery.review.edit')} <span className="visually-hidden">{t('grocery.review.payment')}</span>
          </button>
        </section>
      </div>
    );
    actions = (
      <>
        {back('payment')}
        <button type="button" className="button primary" disabled={busy || !pickup || cart.length === 0} onClick={() => void submit()}>
          {busy ? t('grocery.review.submitting') : t('grocery.review.submit')}
        </button>
      </>
    );
  } else if (step === 'done' && placed) {
    body = (
      <section className="grocery-done" aria-live="polite">
        <p>{t('grocery.done.number')}</p>
        <p className="grocery-order-number" data-testid="order-number">
          {placed.orderNumber}
        </p>
        <p className="grocery-big">{t('grocery.done.pickup', { when: formatPickup(placed.window, language, timeZone) })}</p>
        <CartTotals totals={placed.totals} />
        <BringToPickup parts={placed.bring} />
        <p className="grocery-receipt-note" data-testid="receipt-note">
          {placed.receipt === 'printed' ? t('grocery.done.receiptPrinted') : t('grocery.done.receiptDesk')}
        </p>
      </section>
    );
    actions = (
      <button type="button" className="button primary" onClick={() => (shell.assisting ? shell.navigate('staff.home') : shell.resetVisit())}>
        {t('grocery.done.finish')}
      </button>
    );
  }

  return (
    <Screen
      title={title}
      className="grocery-screen"
      actions={
        step === 'done' ? (
          actions
        ) : (
          <>
            {actions}
            <button type="button" className="button secondary grocery-cancel" onClick={() => setConfirmCancel(true)}>
              {t('grocery.nav.cancel')}
            </button>
          </>
        )
      }
    >
      {stepIndex >= 0 ? (
        <p className="grocery-progress">{t('grocery.steps.progress', { step: stepIndex + 1, total: numberedSteps.length, name: t(`grocery.steps.${step}`) })}</p>
      ) : null}
      {step !== 'done' ? pickupLine : null}
      <ErrorText error={error} />
      {body}

      {detail ? (
        <Dialog title={textIn(detail.name, language)} onClose={() => setDetail(null)}>
          <div className="grocery-detail">
            <img src={pictureUrl(detail.picture)} alt="" width={120} height={120} />
            <div>
              <p>{textIn(detail.description, language)}</p>
              <p className="grocery-card-price">{t('grocery.shop.perUnit', { price: money(detail.priceCents), size: textIn(detail.size, language) })}</p>
              <p className={detail.snapEligible ? 'grocery-snap' : 'grocery-nosnap'}>{detail.snapEligible ? t('grocery.shop.snapLong') : t('grocery.shop.notSnap')}</p>
              {detail.limit !== null ? <p>{t('grocery.shop.limit', { count: detail.limit })}</p> : null}
              <p>{t('grocery.item.inCart', { count: quantityOf(detail.id) })}</p>
              <QuantityStepper name={textIn(detail.name, language)} quantity={quantityOf(detail.id)} limit={limitOf(detail)} onChange={(q) => change(detail, q)} />
            </div>
          </div>
          <div className="screen-actions">
            <button type="button" className="button primary" onClick={() => setDetail(null)}>
              {t('grocery.item.close')}
            </button>
          </div>
        </Dialog>
      ) : null}

      {changes ? (
        <Dialog title={t('grocery.changed.title')} role="alertdialog" onClose={() => setChanges(null)}>
          <p>{t('grocery.changed.body')}</p>
          <ul data-testid="cart-changes">
            {changes.map(({ issue, name }) => (
              <li key={`${issue.itemId}-${issue.code}`}>
                {issue.code === 'inactive'
                  ? t('grocery.changed.inactive', { name })
                  : issue.code === 'missing'
                    ? t('grocery.changed.missing')
                    : issue.code === 'price-changed'
                      ? t('grocery.changed.priceChanged', { name, old: money(issue.oldPriceCents ?? 0), new: money(issue.newPriceCents ?? 0) })
                      : issue.code === 'over-limit'
                        ? t('grocery.changed.overLimit', { name, limit: issue.limit ?? 0 })
                        : t('grocery.changed.badQuantity', { name })}
              </li>
            ))}
          </ul>
          <button type="button" className="button primary" onClick={() => setChanges(null)}>
            {t('grocery.changed.ok')}
          </button>
        </Dialog>
      ) : null}

      {confirmCancel ? (
        <Dialog title={t('grocery.nav.cancelConfirm')} role="alertdialog" onClose={() => setConfirmCancel(false)}>
          <div className="screen-actions">
            <button type="button" className="button primary" onClick={() => setConfirmCancel(false)}>
              {t('grocery.nav.noKeep')}
            </button>
            <button type="button" className="button danger" onClick={() => (shell.assisting ? shell.navigate('staff.home') : shell.navigate('home'))}>
              {t('grocery.nav.yesCancel')}
            </button>
          </div>
        </Dialog>
      ) : null}
    </Screen>
  );
}
