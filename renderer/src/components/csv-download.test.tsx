// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CsvDownload } from './CsvDownload';

// jsdom has no object URLs: a stand-in that records what was made and freed.
let made: { url: string; blob: Blob }[] = [];
let revoked: string[] = [];
beforeEach(() => {
  made = [];
  revoked = [];
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = `blob:test/${made.length + 1}`;
    made.push({ url, blob: blob as Blob });
    return url;
  };
  URL.revokeObjectURL = (url: string) => {
    revoked.push(url);
  };
});
afterEach(() => cleanup());

describe('CsvDownload', () => {
  it('links the CSV as a named file download', async () => {
    render(<CsvDownload label="Download the list" fileName="list.csv" csv={'a,b\n1,2\n'} />);
    const link = await screen.findByRole('link', { name: 'Download the list' });
    expect(link.getAttribute('download')).toBe('list.csv');
    expect(link.getAttribute('href')).toBe(made.at(-1)?.url);
    expect(made.at(-1)?.blob.type).toBe('text/csv;charset=utf-8');
    expect(await made.at(-1)?.blob.text()).toBe('a,b\n1,2\n');
  });

  it('starts with a byte-order mark only when asked', async () => {
    render(<CsvDownload label="Excel" fileName="x.csv" csv="é" excelBom />);
    await screen.findByRole('link', { name: 'Excel' });
    const bytes = new Uint8Array(await (made.at(-1)?.blob ?? new Blob()).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('frees the old URL when the text changes and the last one on unmount', async () => {
    const view = render(<CsvDownload label="CSV" fileName="x.csv" csv="one" />);
    await screen.findByRole('link', { name: 'CSV' });
    const first = made.at(-1)?.url;
    view.rerender(<CsvDownload label="CSV" fileName="x.csv" csv="two" />);
    const second = made.at(-1)?.url;
    expect(second).not.toBe(first);
    expect(revoked).toContain(first);
    expect(screen.getByRole('link', { name: 'CSV' }).getAttribute('href')).toBe(second);
    view.unmount();
    expect(revoked).toContain(second);
    // Every URL made was freed.
    expect(made.map((m) => m.url).filter((url) => !revoked.includes(url))).toEqual([]);
  });
});
