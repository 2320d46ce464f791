import { Injectable } from '@nestjs/common';
import { Registry } from '@personnel/persistence';
import { DatabaseProvider } from '../../infrastructure/database.provider';

/** The registry over the API's pool; connecting lazily, so Postgres down is a 503 and not a boot failure. */
@Injectable()
export class RegistryProvider {
  private registry?: Registry;

  constructor(private readonly database: DatabaseProvider) {}

  async get(): Promise<Registry> {
    const dataSource = await this.database.connection();
    this.registry ??= new Registry(dataSource);
    return this.registry;
  }
}
