export { planRotations, type PlanOptions } from './plan-rotations';
