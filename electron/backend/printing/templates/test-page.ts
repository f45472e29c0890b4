import { KioskFailure } from '../../../../shared/result';
import type { DocumentTemplate } from '../print-api';
import { html } from './html';
import { translatorFor } from './translator';

export const TEST_PAGE_KIND = 'print.test';

/** The printer test page; its ref is the paper it tests (`receipt` or `sheet`). */
export function testPageTemplate(sheetSizeName: () => string): DocumentTemplate {
  return {
    paper: 'receipt',
    paperOf: (ref) => (ref === 'sheet' ? 'sheet' : 'receipt'),
    roles: ['admin', 'librarian', 'nurse'],
    render(ref, language) {
      if (ref !== 'receipt' && ref !== 'sheet') throw new KioskFailure('not-found', `No test page for ${ref}`);
      const t = translatorFor(language);
      const printer = t(`print.testPage.${ref}`);
      const paper = ref === 'receipt' ? t('print.paper.receipt') : t(`print.paper.${sheetSizeName()}`);
      return {
        title: t('print.testPage.title'),
        body: html`<p>${t('print.testPage.body', { printer: printer.toLowerCase() })}</p>
<p>${t('print.testPage.paper', { paper })}</p>
<div class="rule"></div><p>${t('print.testPage.ruler')}</p>
<p>${t('print.testPage.languages')}</p>`,
        qrText: `TEST-${ref.toUpperCase()}`,
      };
    },
  };
}
