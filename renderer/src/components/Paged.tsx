import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../../shared/domain/format';
import type { Page } from '../../../shared/domain/paging';
import type { KioskError, Result } from '../../../shared/result';
import { useShell } from '../app/shell-context';
import './status.css';

const PAGE_SIZE = 50;
/** The contract's largest page: a refresh asks for what is shown, up to this. */
const MAX_PAGE = 200;

/**
 * A list the backend serves a page at a time. `load` fetches one page; `reload` fetches the first
 * page again, as long as what is shown (so a refresh does not fold the list back up); `more` adds
 * the next page. A change in `deps` starts again from the top.
 */
export function usePaged<T>(load: (page: { cursor?: string; limit: number }) => Promise<Result<Page<T>>>, deps: readonly unknown[]) {
  const [items, setItems] = useState<T[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<KioskError | null>(null);
  const shown = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(async (keep = true) => {
    const limit = Math.min(MAX_PAGE, Math.max(PAGE_SIZE, keep ? shown.current : 0));
    const result = await loadRef.current({ limit });
    if (!result.ok) return setError(result.error);
    setError(null);
    shown.current = result.value.items.length;
    setItems(result.value.items);
    setTotal(result.value.total);
    setNext(result.value.nextCursor);
  }, []);

  const more = useCallback(async () => {
    if (next === null) return;
    const result = await loadRef.current({ cursor: next, limit: PAGE_SIZE });
    if (!result.ok) return setError(result.error);
    setItems((old) => {
      const all = [...old, ...result.value.items];
      shown.current = all.length;
      return all;
    });
    setTotal(result.value.total);
    setNext(result.value.nextCursor);
  }, [next]);

  useEffect(() => {
    shown.current = 0;
    void reload(false);
    // The caller names what restarts the list (a filter, a search).
  }, deps);

  return { items, total, hasMore: next !== null, more, reload, error };
}

/** "Showing 50 of 1,234" and a button for the next page. */
export function MoreRows({ shown, total, hasMore, onMore }: { shown: number; total: number | null; hasMore: boolean; onMore: () => void }) {
  const { t } = useTranslation();
  const { language } = useShell();
  if (total === null || total === 0) return null;
  return (
    <div className="paged-more">
      <p role="status">{t('paging.shown', { shown: formatCount(shown, language), total: formatCount(total, language) })}</p>
      {hasMore ? (
        <button type="button" className="button secondary" onClick={onMore}>
          {t('paging.more')}
        </button>
      ) : null}
    </div>
  );
}
