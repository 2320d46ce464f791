import { CadreCsvController } from './cadres/cadre-csv.controller';
import { CadreCsvService } from './cadres/cadre-csv.service';
import { CadreRecordsController } from './cadres/cadre-records.controller';
import { CadresController } from './cadres/cadres.controller';
import { CadresService } from './cadres/cadres.service';
import { RegistryProvider } from './common/registry.provider';
import { EligibilityController, EligibilityService } from './eligibility/eligibility.controller';
import { PublicHolidaysController, PublicHolidaysService } from './holidays/public-holidays.controller';
import { PostsController } from './posts/posts.controller';
import { PostsService } from './posts/posts.service';
import { TrainingCoursesController, TrainingCoursesService } from './training/training-courses.controller';
import { SignOffTemplatesController } from './sign-off-templates/sign-off-templates.controller';
import { SignOffTemplatesService } from './sign-off-templates/sign-off-templates.service';
import { StandingBodiesController } from './standing-bodies/standing-bodies.controller';
import { StandingBodiesService } from './standing-bodies/standing-bodies.service';
import { UnitsController } from './units/units.controller';
import { UnitsService } from './units/units.service';

/**
 * The registry's controllers, in route order: CadreCsvController comes before CadresController so
 * /cadres/import and /cadres/export are never read as a cadre id.
 */
export const REGISTRY_CONTROLLERS = [
  UnitsController,
  PostsController,
  TrainingCoursesController,
  PublicHolidaysController,
  CadreCsvController,
  CadresController,
  CadreRecordsController,
  EligibilityController,
  StandingBodiesController,
  SignOffTemplatesController,
];

export const REGISTRY_PROVIDERS = [
  RegistryProvider,
  UnitsService,
  PostsService,
  TrainingCoursesService,
  PublicHolidaysService,
  CadresService,
  CadreCsvService,
  EligibilityService,
  StandingBodiesService,
  SignOffTemplatesService,
];
