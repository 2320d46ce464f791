export * from './appointment-report';
