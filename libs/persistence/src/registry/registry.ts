import type { DataSource } from 'typeorm';
import {
  importCadres,
  type ImportMode,
  type ImportReport,
  type ImportRow,
  type RowProblem,
} from './cadre-import';
import { CadresRepository } from './cadres';
import { EligibilityFactsLoader } from './eligibility-facts';
import { PostsRepository } from './posts';
import { PublicHolidaysRepository } from './public-holidays';
import { SignOffTemplatesRepository } from './sign-off-templates';
import { StandingBodiesRepository } from './standing-bodies';
import { TrainingCoursesRepository } from './training-courses';
import { UnitsRepository } from './units';

/** The registry's reads and writes over one data source. */
export class Registry {
  readonly units: UnitsRepository;
  readonly posts: PostsRepository;
  readonly cadres: CadresRepository;
  readonly trainingCourses: TrainingCoursesRepository;
  readonly publicHolidays: PublicHolidaysRepository;
  readonly eligibilityFacts: EligibilityFactsLoader;
  readonly standingBodies: StandingBodiesRepository;
  readonly signOffTemplates: SignOffTemplatesRepository;

  constructor(private readonly dataSource: DataSource) {
    this.units = new UnitsRepository(dataSource);
    this.posts = new PostsRepository(dataSource);
    this.cadres = new CadresRepository(dataSource);
    this.trainingCourses = new TrainingCoursesRepository(dataSource);
    this.publicHolidays = new PublicHolidaysRepository(dataSource);
    this.eligibilityFacts = new EligibilityFactsLoader(dataSource);
    this.standingBodies = new StandingBodiesRepository(dataSource);
    this.signOffTemplates = new SignOffTemplatesRepository(dataSource);
  }

  importCadres(rows: ImportRow[], rejected: RowProblem[], mode: ImportMode): Promise<ImportReport> {
    return importCadres(this.dataSource, rows, rejected, mode);
  }
}
