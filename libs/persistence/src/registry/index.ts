export * from './assignments';
export * from './cadre-import';
export * from './cadre-records';
export type { CadreFilter } from './cadre-rows';
export * from './cadres';
export {
  decodeCadreCursor,
  encodeCadreCursor,
  type CadreKey,
  type CadrePageRequest,
} from './cadre-cursor';
export * from './eligibility-facts';
export * from './planner-facts';
export * from './entities';
export * from './errors';
export * from './posts';
export * from './public-holidays';
export * from './registry';
export * from './training-courses';
export * from './units';
export * from './decided-assignment';
export * from './holidays-ahead';
export * from './start-lookups';
export * from './rotation-facts';
export * from './rotation-assignment';
export * from './rotation-start-lookups';
export * from './training-completions';
export * from './training-lookups';
export * from './training-gap-facts';
export * from './confidence-results';
