// What read-aloud says, as a pure function of the screen (the DOM it is given), so tests check it for every
// screen in every language. A screen reads as its blocks in order: progress, the heading, what the step says,
// each choice, and the main action; each block in its own language (the attract screen's "Touch to start" in
// each). Never read: field contents, anything marked `data-private` (a patron's name and phone on a review), what
// is hidden or decorative, the on-screen keyboard and the read-aloud control itself. A block whose sentence
// carries a patron's detail gives the words to say instead (`data-read-as`: "we will call your phone number").

export type Segment = { text: string; lang: string };

/** Blocks read whole, in document order; what is inside one is not read again. */
const BLOCKS = [
  '.step-progress',
  'h1',
  'h2',
  'h3',
  'p',
  'li:not(:has(button, p))',
  'label',
  'legend',
  '.choice-card',
  '.tile',
  '.attract-service',
  '.attract-start-button',
  '[data-action=main]',
  'dialog button',
].join(', ');
const NEVER = '[data-private], [aria-hidden=true], [hidden], .visually-hidden, .osk, .read-aloud, input, textarea, select, dialog';

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The words of an element as read: its text without what is never read, the language of its nearest `lang`. */
function wordsOf(el: Element): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) text += node.textContent ?? '';
    else if (node.nodeType === 1) {
      const child = node as Element;
      if (child.matches(NEVER)) return;
      if (child.tagName === 'BR') text += ' ';
      node.childNodes.forEach(walk);
      // Blocks inside a card (its label and detail) are read as parts of one sentence.
      if (/^(P|DIV|SPAN|LI)$/.test(child.tagName) && child !== el && /\S$/.test(text)) text += ' ';
    }
  };
  walk(el);
  return squash(text);
}

const langOf = (el: Element, fallback: string): string => el.closest('[lang]')?.getAttribute('lang') || fallback;

/** The screen read aloud: blocks in document order with their language. */
export function screenSegments(root: Element, screenLang: string): Segment[] {
  const segments: Segment[] = [];
  const visit = (el: Element) => {
    if (el !== root && el.matches(NEVER)) return;
    if (el.matches(BLOCKS)) {
      // A block that names a patron's details says how to read it without them (`data-read-as`).
      const text = squash(el.getAttribute('data-read-as') ?? '') || wordsOf(el);
      if (text) segments.push({ text, lang: langOf(el, screenLang) });
      return;
    }
    for (const child of el.children) visit(child);
  };
  visit(root);
  return segments;
}

/** What is said when an element is touched or gets focus: its name (never a field's contents), or null. */
export function focusSegment(el: Element, screenLang: string): Segment | null {
  if (el.closest('[data-private], .read-aloud') || el.tagName === 'H1') return null;
  const lang = langOf(el, screenLang);
  const labelled = el.getAttribute('aria-label');
  if (labelled) return { text: squash(labelled), lang };
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) {
    const label = el.labels?.[0];
    return label ? { text: wordsOf(label), lang: langOf(label, screenLang) } : null;
  }
  const text = wordsOf(el);
  return text ? { text, lang } : null;
}

/** Neighbouring blocks in one language as one utterance each (one voice at a time), sentences kept apart. */
export function utterances(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && last.lang === s.lang) last.text = `${last.text}${/[.!?:;؟。…]$/.test(last.text) ? '' : '.'} ${s.text}`;
    else out.push({ ...s });
  }
  return out;
}
