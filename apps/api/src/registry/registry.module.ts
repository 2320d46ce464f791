import { Module } from '@nestjs/common';
import { ProceduresModule } from '../procedures/procedures.module';
import { REGISTRY_CONTROLLERS, REGISTRY_PROVIDERS } from './registry.providers';

/** Units, posts, cadres and their records, training, holidays, eligibility, CSV. */
@Module({ imports: [ProceduresModule], controllers: REGISTRY_CONTROLLERS, providers: REGISTRY_PROVIDERS })
export class RegistryModule {}
