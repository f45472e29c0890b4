// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../../shared/languages';
import i18n from '../i18n';
import { applyKey, KeyboardProvider } from './keyboard-context';
import { OnScreenKeyboard } from './OnScreenKeyboard';
import { TextField } from './TextField';

function Form({ kind, lang, maxLength = 5 }: { kind: 'text' | 'tel' | 'email'; lang?: LanguageCode; maxLength?: number }) {
  const [value, setValue] = useState('');
  return (
    <KeyboardProvider>
      <TextField label="Name" value={value} onChange={setValue} kind={kind} maxLength={maxLength} lang={lang} />
      <OnScreenKeyboard />
    </KeyboardProvider>
  );
}

const valueOf = () => (screen.getByLabelText('Name') as HTMLInputElement).value;

/** simple-keyboard reacts to pointer events on its key divs. */
function tap(name: string) {
  const key = screen.getByRole('button', { name });
  fireEvent.pointerDown(key);
  fireEvent.pointerUp(key);
  fireEvent.click(key);
}

afterEach(async () => {
  cleanup();
  await act(() => i18n.changeLanguage('en'));
});

describe('applyKey', () => {
  it('types, deletes whole characters, respects the length limit', () => {
    expect(applyKey('ab', 'c')).toBe('abc');
    expect(applyKey('añ', '{bksp}')).toBe('a');
    expect(applyKey('a', '{space}')).toBe('a ');
    expect(applyKey('abc', 'd', 3)).toBe('abc');
    expect(applyKey('abc', '{shift}')).toBe('abc');
  });
});

describe('on-screen keyboard', () => {
  it('opens for a focused field and types into it', () => {
    render(<Form kind="text" />);
    expect(screen.queryByRole('complementary', { name: 'On-screen keyboard' })).toBeNull();
    fireEvent.focus(screen.getByLabelText('Name'));
    expect(screen.getByRole('complementary', { name: 'On-screen keyboard' })).toBeTruthy();
    tap('h');
    tap('i');
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('hi');
    tap('Delete');
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('h');
  });

  it('offers ñ and accents in Spanish', async () => {
    await act(() => i18n.changeLanguage('es'));
    render(<Form kind="text" />);
    fireEvent.focus(screen.getByLabelText('Name'));
    tap('ñ');
    tap('á');
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('ñá');
  });

  it('shows a numeric keypad for phone fields', () => {
    render(<Form kind="tel" />);
    fireEvent.focus(screen.getByLabelText('Name'));
    expect(screen.queryByRole('button', { name: 'q' })).toBeNull();
    tap('5');
    tap('5');
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('55');
  });

  it('hides on request', () => {
    render(<Form kind="text" />);
    fireEvent.focus(screen.getByLabelText('Name'));
    fireEvent.click(screen.getByRole('button', { name: 'Hide keyboard' }));
    expect(screen.queryByRole('complementary', { name: 'On-screen keyboard' })).toBeNull();
  });
});

describe('on-screen keyboard and changing screens', () => {
  function Steps() {
    const [step, setStep] = useState(1);
    const [value, setValue] = useState('');
    return (
      <KeyboardProvider>
        {step === 1 ? <TextField label="Name" value={value} onChange={setValue} /> : <p>Next step</p>}
        <button type="button" onClick={() => setStep(2)}>
          Next
        </button>
        <OnScreenKeyboard />
      </KeyboardProvider>
    );
  }

  it('closes when its field goes away', () => {
    render(<Steps />);
    fireEvent.focus(screen.getByLabelText('Name'));
    expect(screen.getByRole('complementary', { name: 'On-screen keyboard' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.queryByRole('complementary', { name: 'On-screen keyboard' })).toBeNull();
  });

  it('types Arabic from the Arabic layout, switches to Latin letters and back', async () => {
    await act(() => i18n.changeLanguage('ar'));
    render(<Form kind="text" maxLength={20} />);
    fireEvent.focus(screen.getByLabelText('Name'));
    for (const key of ['ل', 'ي', 'ل', 'ى']) tap(key);
    expect(valueOf()).toBe('ليلى');
    expect(screen.queryByRole('button', { name: 'q' })).toBeNull();
    tap('حروف لاتينية');
    tap('q');
    expect(valueOf()).toBe('ليلىq');
    tap('لوحة المفاتيح العربية');
    expect(screen.getByRole('button', { name: 'ض' })).toBeTruthy();
    // The panel is marked right to left (its Hide button at the end side); the keys themselves are not mirrored.
    expect(screen.getByTestId('on-screen-keyboard').className).toContain('osk-rtl');
  });

  it('gives email fields Latin letters whatever the language', async () => {
    await act(() => i18n.changeLanguage('ar'));
    render(<Form kind="email" />);
    fireEvent.focus(screen.getByLabelText('Name'));
    tap('a');
    tap('@');
    expect(valueOf()).toBe('a@');
  });

  it('types Vietnamese tone marks with the tone keys', async () => {
    await act(() => i18n.changeLanguage('vi'));
    render(<Form kind="text" maxLength={20} />);
    fireEvent.focus(screen.getByLabelText('Name'));
    for (const key of ['v', 'i', 'ê', 't']) tap(key);
    tap('Dấu nặng');
    expect(valueOf()).toBe('việt');
    tap('Dấu nặng');
    expect(valueOf()).toBe('viêt');
  });

  it('follows the language of a staff translation field, not the screen', () => {
    render(<Form kind="text" lang="ar" />);
    const field = screen.getByLabelText('Name');
    expect(field.getAttribute('dir')).toBe('rtl');
    fireEvent.focus(field);
    tap('ب');
    expect(valueOf()).toBe('ب');
  });
});
