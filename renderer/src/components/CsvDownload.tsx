import { useEffect, useState } from 'react';

type CsvDownloadProps = {
  label: string;
  fileName: string;
  csv: string;
  /** Button style of the link; `button` by default. */
  className?: string;
  /** Start the file with a byte-order mark, so spreadsheet programs read accents as UTF-8. */
  excelBom?: boolean;
};

/**
 * A link that downloads CSV text the page already holds: a blob: URL (no network, allowed under
 * the app's CSP), revoked when the text changes or the link goes away.
 */
export function CsvDownload({ label, fileName, csv, className = 'button', excelBom = false }: CsvDownloadProps) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const next = URL.createObjectURL(new Blob(excelBom ? ['\ufeff', csv] : [csv], { type: 'text/csv;charset=utf-8' }));
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [csv, excelBom]);
  if (!url) return null;
  return (
    <a className={className} href={url} download={fileName}>
      {label}
    </a>
  );
}
