// @vitest-environment jsdom
// What read-aloud says of a screen, from its markup: blocks in order, each in its own language, never a field's
// contents or a patron's details. (Every real screen in every language: e2e/patron-layout.spec.ts.)
import { describe, expect, it } from 'vitest';
import { focusSegment, screenSegments, utterances } from './screen-text';

const screen = (html: string): Element => {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
};

describe('read-aloud text of a screen', () => {
  it('reads progress, heading, text, each choice and the main action; skips the control, decoration and fields', () => {
    const root = screen(`<main class="step">
      <div class="step-head"><div class="step-head-top"><p class="step-progress">Question 3 of 10</p>
        <div class="read-aloud"><button>Read aloud</button></div></div><h1>Did the food run out?</h1></div>
      <div class="step-content"><div role="radiogroup">
        <button class="choice-card"><span class="choice-label">Often</span><span class="choice-mark" aria-hidden="true">✓</span></button>
        <button class="choice-card"><span class="choice-label">Never</span><span class="choice-detail">not once</span></button>
      </div><label for="n">Name</label><input id="n" value="Zebulon"></div>
      <div class="action-bar"><button data-action="back">Back</button><button data-action="main">Next<span aria-hidden="true">›</span></button></div>
    </main>`);
    expect(screenSegments(root, 'en').map((s) => s.text)).toEqual(['Question 3 of 10', 'Did the food run out?', 'Often', 'Never not once', 'Name', 'Next']);
    expect(utterances(screenSegments(root, 'en'))).toEqual([{ lang: 'en', text: 'Question 3 of 10. Did the food run out? Often. Never not once. Name. Next' }]);
  });

  it('never reads what is marked private, and reads each block in its own language', () => {
    const root = screen(`<main><h2>Your contact</h2><p data-private>Rosa Díaz<br>555-010-1234</p>
      <p data-read-as="Staff will call your phone number.">Staff will call you at (555) 010-1234.</p>
      <button class="attract-start-button" lang="ar"><span>المس الشاشة للبدء</span></button><p>Touch to start</p></main>`);
    expect(screenSegments(root, 'en')).toEqual([
      { text: 'Your contact', lang: 'en' },
      { text: 'Staff will call your phone number.', lang: 'en' },
      { text: 'المس الشاشة للبدء', lang: 'ar' },
      { text: 'Touch to start', lang: 'en' },
    ]);
    expect(utterances(screenSegments(root, 'en')).map((u) => u.lang)).toEqual(['en', 'ar', 'en']);
    expect(JSON.stringify(screenSegments(root, 'en'))).not.toMatch(/555|Rosa/);
  });

  it('names a touched or focused control by its label, never by what is typed in it', () => {
    screen(`<main><label for="p">Phone</label><input id="p" value="555-010-1234"><button aria-label="Add bananas">+ Add</button>
      <p data-private><button>Rosa</button></p><h1 tabindex="-1">Title</h1></main>`);
    expect(focusSegment(document.getElementById('p')!, 'es')).toEqual({ text: 'Phone', lang: 'es' });
    expect(focusSegment(document.querySelector('[aria-label]')!, 'en')?.text).toBe('Add bananas');
    expect(focusSegment(document.querySelector('[data-private] button')!, 'en')).toBeNull();
    expect(focusSegment(document.querySelector('h1')!, 'en')).toBeNull();
  });
});
