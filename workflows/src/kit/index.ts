/**
 * The procedure kit: the stages every personnel procedure is built from. None of these files knows a
 * procedure kind; each kind is a short composition of them (workflows/src/appointment).
 */
export * from './state';
export * from './refusal';
export * from './search-attributes';
export * from './context';
export * from './task-commands';
export * from './sign-off';
export * from './eligibility-gate';
export * from './dossier-gate';
export * from './conference-step';
export * from './reconvening';
export * from './deadline-watch';
export * from './decision';
export * from './timed-tail';
export * from './continue-as-new';
