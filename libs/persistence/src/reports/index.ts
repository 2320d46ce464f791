export * from './appointment-report';
export * from './report-unit';
export * from './rotation-moves';
export * from './rotation-totals';
export * from './head-holdings';
