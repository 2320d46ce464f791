export * from './data-source';
export * from './entities/nomination.entity';
export * from './entities/workflow-step.entity';
export * from './nomination-queries';
export * from './step-journal';
export * from './audit';
export * from './users';
export * from './registry';
