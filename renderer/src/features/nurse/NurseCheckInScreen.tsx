import { FlowView } from '../../flow/flow';
import { checkInFlow } from './check-in/check-in-flow';
import { NurseStatusContext } from './check-in/parts';
import { NurseClosedNotice, useNurseStatus } from './NurseHoursNotice';
import './nurse.css';

/**
 * The patron's check-in: a flow of small steps (check-in/). While the nurse is away the flow is not there at all:
 * the closed notice says when the nurse is next in, and nothing leads to a ticket. A check-in refused because it
 * closed meanwhile asks for the status again, which swaps the flow (and all it held) for the notice.
 * The shell's reset wipes everything typed.
 */
export function NurseCheckInScreen() {
  const nurse = useNurseStatus();
  if (nurse.status && !nurse.status.open) return <NurseClosedNotice status={nurse.status} />;
  return (
    <NurseStatusContext.Provider value={nurse.refresh}>
      <FlowView def={checkInFlow} />
    </NurseStatusContext.Provider>
  );
}
