// Cancel by slip code: what the patron typed, what it found, and the one reducer.
import type { CodeLookupResult } from '../../../../../shared/contract/hive';
import type { KioskError } from '../../../../../shared/result';

export type CancelData = { code: string; contact: string; tried: boolean; found: CodeLookupResult | null; error: KioskError | null };

export type CancelAction =
  | { type: 'code'; value: string }
  | { type: 'contact'; value: string }
  | { type: 'tried' }
  | { type: 'found'; found: CodeLookupResult }
  | { type: 'error'; error: KioskError | null }
  | { type: 'cancelled' };

export const initialCancel = (): CancelData => ({ code: '', contact: '', tried: false, found: null, error: null });

export function reduceCancel(data: CancelData, action: CancelAction): CancelData {
  switch (action.type) {
    case 'code':
      return { ...data, code: action.value.toUpperCase(), error: null };
    case 'contact':
      return { ...data, contact: action.value, error: null };
    case 'tried':
      return data.tried ? data : { ...data, tried: true };
    case 'found':
      return { ...data, found: action.found, error: null };
    case 'error':
      return { ...data, error: action.error };
    case 'cancelled':
      // Nothing the patron typed stays on screen after this.
      return { ...data, code: '', contact: '', error: null };
  }
}
