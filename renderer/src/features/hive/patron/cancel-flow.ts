import type { FlowDef } from '../../../flow/flow';
import { ConfirmStep } from './cancel/ConfirmStep';
import { DoneStep } from './cancel/DoneStep';
import { FindStep } from './cancel/FindStep';
import { initialCancel, reduceCancel, type CancelAction, type CancelData } from './cancel-state';

/** Cancel a mentor meeting or a workshop place by slip code: find → confirm → cancelled. */
export const cancelFlow: FlowDef<CancelData, CancelAction> = {
  id: 'hive-cancel',
  exit: 'hive',
  initial: initialCancel,
  reduce: reduceCancel,
  entered: (action) => !['found', 'error', 'cancelled'].includes(action.type),
  steps: [
    { id: 'find', component: FindStep },
    { id: 'confirm', component: ConfirmStep },
    { id: 'done', counted: false, component: DoneStep },
  ],
};
