import { Module } from '@nestjs/common';
import { REGISTRY_CONTROLLERS, REGISTRY_PROVIDERS } from './registry.providers';

/** Units, posts, cadres and their records, training, holidays, eligibility, CSV. */
@Module({ controllers: REGISTRY_CONTROLLERS, providers: REGISTRY_PROVIDERS })
export class RegistryModule {}
