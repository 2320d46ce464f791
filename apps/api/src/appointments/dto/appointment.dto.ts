/** The appointment API's request shapes, one file per group (start, list queries, commands, conferences). */
export * from '../../procedures/dto/conference-commands.dto';
export * from '../../procedures/dto/fields';
export * from './list-queries.dto';
export * from './procedure-commands.dto';
export * from './start-appointment.dto';
