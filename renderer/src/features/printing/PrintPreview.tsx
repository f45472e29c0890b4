import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationInput, OperationOutput } from '../../../../shared/contract/operations';
import type { KioskError } from '../../../../shared/result';
import { ErrorText } from '../../components/ErrorText';
import { kiosk } from '../../kiosk-client';
import './printing.css';

type Preview = OperationOutput<'print.preview'>;

/**
 * A printable record as it will look on paper. The app's CSP (default-src 'none', no inline style)
 * blocks a document's own <style>, also inside an <iframe srcdoc>; so the body goes into a shadow
 * root and its stylesheet is adopted as a constructed stylesheet, which CSP does not govern.
 * The markup was escaped by the backend's `html` tag and no script can run here.
 */
export function PrintPreview({ request }: { request: OperationInput<'print.preview'> }) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<KioskError | null>(null);
  const host = useRef<HTMLDivElement>(null);
  const { kind, ref, language, englishCopy } = request;

  useEffect(() => {
    let live = true;
    void kiosk.call('print.preview', { kind, ref, language, englishCopy }).then((result) => {
      if (!live) return;
      if (result.ok) setPreview(result.value);
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [kind, ref, language, englishCopy]);

  useEffect(() => {
    const element = host.current;
    if (!element || !preview) return;
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`${preview.css}\n:host { display: block; }\n.doc-sheet + .doc-sheet { margin-top: 12mm; border-top: 1px dashed #000; }`);
    root.adoptedStyleSheets = [sheet];
    root.innerHTML = preview.bodyHtml;
  }, [preview]);

  if (error) return <ErrorText error={error} />;
  if (!preview) return null;
  return (
    <figure className={`print-preview print-preview-${preview.paper}`} aria-label={t('print.preview.frame', { title: preview.title })}>
      {/* Set through CSSOM by React, which the CSP allows (unlike a style attribute in markup). */}
      <div className="print-preview-paper" data-testid="print-preview" ref={host} lang={preview.language} style={{ width: `${preview.widthMm}mm` }} />
    </figure>
  );
}
