import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogItem } from '../../../../../shared/contract/grocery';
import { categoryIds, type CategoryId } from '../../../../../shared/contract/names';
import { formatMoney } from '../../../../../shared/domain/format';
import { limitOf } from '../../../../../shared/domain/grocery-cart';
import type { LanguageCode } from '../../../../../shared/languages';
import { allTexts, textIn } from '../../../../../shared/localised-text';
import { useShell } from '../../../app/shell-context';
import { Dialog } from '../../../components/Dialog';
import { ErrorText } from '../../../components/ErrorText';
import { TextField } from '../../../components/TextField';
import { Picture } from '../../../flow/Picture';
import { StepLayout } from '../../../flow/StepLayout';
import { useMoney } from '../grocery-format';
import { CartTotals, QuantityStepper } from '../grocery-parts';
import { CartLines, CartSummary, loadCatalog, PickupNote, useCart, type OrderFlow } from './order-parts';

const fold = (text: string): string => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

type CardProps = { item: CatalogItem; language: LanguageCode; quantity: number; onOpen: (item: CatalogItem) => void; onChange: (item: CatalogItem, quantity: number) => void };

/**
 * One item of the catalog. Memoised: a tap on one card's stepper re-renders that card, not the sixty others
 * (on a slow kiosk PC translating and formatting every card took most of a tap).
 */
const CatalogCard = memo(function CatalogCard({ item, language, quantity, onOpen, onChange }: CardProps) {
  const { t } = useTranslation();
  const name = textIn(item.name, language);
  return (
    <li className="grocery-card">
      <button type="button" className="grocery-card-open" onClick={() => onOpen(item)} aria-label={t('grocery.shop.details', { name })}>
        <Picture picture={item.picture} className="grocery-card-picture" />
        <span className="grocery-card-name">{name}</span>
      </button>
      <p className="grocery-card-facts">
        <span className="grocery-card-price">{t('grocery.shop.perUnit', { price: formatMoney(item.priceCents, language), size: textIn(item.size, language) })}</span>
        <span className={item.snapEligible ? 'grocery-snap' : 'grocery-nosnap'}>{item.snapEligible ? t('grocery.shop.snapLong') : t('grocery.shop.notSnap')}</span>
      </p>
      <QuantityStepper name={name} quantity={quantity} limit={limitOf(item)} onChange={(q) => onChange(item, q)} />
    </li>
  );
});

/** Step 1: the catalog by category with a quick jump and search; the cart beside it on a wide screen. */
export function ShopStep({ flow }: { flow: OrderFlow }) {
  const { t } = useTranslation();
  const { language } = useShell();
  const money = useMoney();
  const { quantityOf, change, totals } = useCart(flow);
  const [search, setSearch] = useState('');
  const [detail, setDetail] = useState<CatalogItem | null>(null);
  const sections = useRef(new Map<CategoryId, HTMLElement | null>());
  const catalog = flow.data.catalog;
  useEffect(() => {
    if (!catalog) void loadCatalog(flow);
  }, []);

  const needle = fold(search.trim());
  // Any language's name finds the item: a patron may know it by its name in another language.
  const matches = (item: CatalogItem) => allTexts(item.name).some((name) => fold(name).includes(needle));
  const items = catalog?.items ?? [];
  const found = needle ? items.filter(matches) : [];
  const categories = categoryIds.filter((c) => items.some((i) => i.category === c));

  // Stable across renders, so the memoised cards see the same callbacks; the latest cart is read when called.
  const changeNow = useRef(change);
  changeNow.current = change;
  const onChange = useCallback((item: CatalogItem, quantity: number) => changeNow.current(item, quantity), []);
  const card = (item: CatalogItem) => <CatalogCard key={item.id} item={item} language={language} quantity={quantityOf(item.id)} onOpen={setDetail} onChange={onChange} />;

  return (
    <StepLayout
      title={t('grocery.steps.shop')}
      intro={<PickupNote flow={flow} compact />}
      className="grocery-shop-step"
      main={{ label: t('grocery.cart.view', { count: totals.itemCount }), onPress: () => flow.go('cart') }}
      summary={<CartSummary flow={flow} />}
      aside={
        <>
          {/* On a wide screen the pickup line rides above the cart, so the catalog starts higher (see grocery.css). */}
          <PickupNote flow={flow} compact />
          <section className="grocery-cart-panel" aria-labelledby="cart-panel-heading">
            <h2 id="cart-panel-heading">{t('grocery.cart.title')}</h2>
            {flow.data.cart.length === 0 ? <p>{t('grocery.cart.empty')}</p> : <CartLines flow={flow} editable={false} compact />}
            <CartTotals totals={totals} />
          </section>
        </>
      }
    >
      <ErrorText error={flow.data.error} />
      <div className="grocery-finder">
        <div className="grocery-search">
          <TextField label={t('grocery.shop.search')} value={search} onChange={setSearch} maxLength={40} />
          {/* Always there, so the field never moves when the patron starts typing. */}
          <button type="button" className="button secondary" disabled={search === ''} onClick={() => setSearch('')}>
            {t('grocery.shop.clearSearch')}
          </button>
        </div>
        <nav aria-label={t('grocery.shop.categories')}>
          <ul className="grocery-categories">
            {categories.map((id) => (
              <li key={id}>
                <button
                  type="button"
                  className="button grocery-jump"
                  onClick={() => {
                    setSearch('');
                    requestAnimationFrame(() => sections.current.get(id)?.scrollIntoView({ block: 'start' }));
                  }}
                >
                  {t(`grocery.categories.${id}`)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <p role="status" className="grocery-search-status">
          {needle ? (found.length === 0 ? t('grocery.shop.noResults') : t('grocery.shop.searchResults', { count: found.length })) : ''}
        </p>
      </div>
      {!catalog ? <p>{t('grocery.shop.loading')}</p> : null}
      {needle ? (
        <ul className="grocery-grid">{found.map(card)}</ul>
      ) : (
        categories.map((id) => (
          <section key={id} className="grocery-category" aria-labelledby={`category-${id}`} ref={(el) => void sections.current.set(id, el)}>
            <h2 id={`category-${id}`} className="grocery-category-title">
              <Picture picture={`${id}.svg`} className="grocery-category-picture" />
              {t(`grocery.categories.${id}`)}
            </h2>
            <ul className="grocery-grid">{items.filter((i) => i.category === id).map(card)}</ul>
          </section>
        ))
      )}
      {detail ? (
        <Dialog title={textIn(detail.name, language)} onClose={() => setDetail(null)}>
          <div className="grocery-detail">
            <Picture picture={detail.picture} className="grocery-detail-picture" />
            <div>
              <p>{textIn(detail.description, language)}</p>
              <p className="grocery-card-price">{t('grocery.shop.perUnit', { price: money(detail.priceCents), size: textIn(detail.size, language) })}</p>
              <p className={detail.snapEligible ? 'grocery-snap' : 'grocery-nosnap'}>{detail.snapEligible ? t('grocery.shop.snapLong') : t('grocery.shop.notSnap')}</p>
              {detail.limit !== null ? <p>{t('grocery.shop.limit', { count: detail.limit })}</p> : null}
              <p>{t('grocery.item.inCart', { count: quantityOf(detail.id) })}</p>
              <QuantityStepper name={textIn(detail.name, language)} quantity={quantityOf(detail.id)} limit={limitOf(detail)} onChange={(q) => change(detail, q)} />
            </div>
          </div>
          <div className="dialog-actions">
            <button type="button" className="button primary" onClick={() => setDetail(null)}>
              {t('grocery.item.close')}
            </button>
          </div>
        </Dialog>
      ) : null}
    </StepLayout>
  );
}
