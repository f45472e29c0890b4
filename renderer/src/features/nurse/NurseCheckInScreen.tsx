import { FlowView } from '../../flow/flow';
import { checkInFlow } from './check-in/check-in-flow';
import './nurse.css';

/** The patron's check-in: a flow of small steps (check-in/). The shell's reset wipes everything typed. */
export function NurseCheckInScreen() {
  return <FlowView def={checkInFlow} />;
}
