import { useState, type ReactNode } from 'react';
import { StartClassPage } from '../training/start-class-page';
import { TrainingClassPage } from '../training/training-class-page';
import { TrainingClassesPage } from '../training/training-classes-page';
import { BrowserRouter, Link, Navigate, Route, Routes } from 'react-router';
import { AppointmentPage } from '../appointments/appointment-page';
import { ProceduresPage } from '../appointments/procedures-page';
import { StartAppointmentPage } from '../appointments/start-appointment-page';
import { AuthProvider, useAuth, useUser } from '../auth/auth';
import { LoginPage } from '../auth/login-page';
import { ProviderCallbackPage } from '../auth/provider-callback-page';
import { can } from '../auth/permissions';
import { RequireAuth } from '../auth/require-auth';
import { RequireRole } from '../auth/require-role';
import { mayStartConfidenceVote } from '../confidence-votes/confidence-roles';
import { mayStartPlan } from '../planning/plan-roles';
import { mayPlanRotations, mayProposeRotation } from '../rotations/rotation-roles';
import { CadreProfilePage } from '../cadres/cadre-profile-page';
import { CadreSearchPage } from '../cadres/cadre-search-page';
import { ConferencePage } from '../conferences/conference-page';
import { DashboardPage } from '../dashboard/dashboard-page';
import { I18nProvider, useI18n } from '../i18n/i18n';
import { CadreImportPage } from '../imports/cadre-import-page';
import { TaskInboxPage } from '../inbox/task-inbox-page';
import { AnnouncerProvider } from '../ui/announcer';
import { NameCache, NameProvider } from '../ui/names';
import { PageHeading } from '../ui/page-heading';
import { PlanPage } from '../planning/plan-page';
import { PlansPage } from '../planning/plans-page';
import { StartPlanPage } from '../planning/start-plan-page';
import { ConfidenceVotePage } from '../confidence-votes/confidence-vote-page';
import { ConfidenceVotesPage } from '../confidence-votes/confidence-votes-page';
import { StartConfidenceVotePage } from '../confidence-votes/start-confidence-vote-page';
import { BatchPage } from '../rotations/batch-page';
import { PlannerPage } from '../rotations/planner-page';
import { RotationPage } from '../rotations/rotation-page';
import { RotationsPage } from '../rotations/rotations-page';
import { StartRotationPage } from '../rotations/start-rotation-page';
import { WebhookPage } from '../webhooks/webhook-page';
import { WebhooksPage } from '../webhooks/webhooks-page';
import { StandingBodiesPage } from '../registry/standing-bodies-page';
import { NotificationSettingsPage } from '../notifications/notification-settings-page';
import { UserAddressesPage } from '../users/user-addresses-page';
import { USER_ADDRESSES_PATH } from '../users/user-addresses-path';
import { Layout } from './layout';
import { shownInNavigation } from './navigation';

/**
 * Every page of the panel. Areas of later issues (conferences, the leaders' dashboard, rotation and
 * planning) add their routes here, inside <Layout>, and their entry in navigation.ts.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/auth/callback" element={<ProviderCallbackPage />} />
      <Route element={<RequireAuth />}>
        <Route element={<SignedIn />}>
          <Route index element={<Landing />} />
          <Route path="cadres" element={<CadreSearchPage />} />
          <Route path="cadres/:code" element={<CadreProfilePage />} />
          <Route path="tasks" element={<TaskInboxPage />} />
          <Route path="appointments" element={<ProceduresPage />} />
          <Route element={<RequireRole allowed={(u) => can(u, 'propose')} />}>
            <Route path="appointments/new" element={<StartAppointmentPage />} />
          </Route>
          <Route path="appointments/:postId/:n" element={<AppointmentPage />} />
          <Route path="appointments/:postId/:n/conferences/:index" element={<ConferencePage />} />
          <Route path="rotations" element={<RotationsPage />} />
          <Route element={<RequireRole allowed={mayProposeRotation} />}>
            <Route path="rotations/new" element={<StartRotationPage />} />
          </Route>
          <Route element={<RequireRole allowed={mayPlanRotations} />}>
            <Route path="rotations/planner" element={<PlannerPage />} />
          </Route>
          <Route path="rotations/batches/:id" element={<BatchPage />} />
          <Route path="rotations/:cadreId/:n" element={<RotationPage />} />
          <Route path="rotations/:cadreId/:n/conferences/:index" element={<ConferencePage />} />
          <Route path="plans" element={<PlansPage />} />
          <Route element={<RequireRole allowed={mayStartPlan} />}>
            <Route path="plans/new" element={<StartPlanPage />} />
          </Route>
          <Route path="plans/:unitCode/:term" element={<PlanPage />} />
          <Route path="plans/:unitCode/:term/conferences/:index" element={<ConferencePage />} />
          <Route path="training" element={<TrainingClassesPage />} />
          <Route path="training/new" element={<StartClassPage />} />
          <Route path="training/:classCode" element={<TrainingClassPage />} />
          <Route path="confidence-votes" element={<ConfidenceVotesPage />} />
          <Route element={<RequireRole allowed={mayStartConfidenceVote} />}>
            <Route path="confidence-votes/new" element={<StartConfidenceVotePage />} />
          </Route>
          <Route path="confidence-votes/:unit/:year/:n" element={<ConfidenceVotePage />} />
          <Route element={<RequireRole allowed={shownInNavigation('/dashboard')} />}>
            <Route path="dashboard" element={<DashboardPage />} />
          </Route>
          <Route element={<RequireRole allowed={shownInNavigation('/imports/cadres')} />}>
            <Route path="imports/cadres" element={<CadreImportPage />} />
          </Route>
          <Route element={<RequireRole allowed={shownInNavigation('/registry/standing-bodies')} />}>
            <Route path="registry/standing-bodies" element={<StandingBodiesPage />} />
          </Route>
          <Route element={<RequireRole allowed={shownInNavigation('/webhooks')} />}>
            <Route path="webhooks" element={<WebhooksPage />} />
            <Route path="webhooks/:id" element={<WebhookPage />} />
          </Route>
          <Route element={<RequireRole allowed={shownInNavigation(USER_ADDRESSES_PATH)} />}>
            <Route path={USER_ADDRESSES_PATH.slice(1)} element={<UserAddressesPage />} />
          </Route>
          <Route path="me/notifications" element={<NotificationSettingsPage />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Route>
    </Routes>
  );
}

/** Where a sign-in lands: those who take tasks (approver, leader, org office) on their task inbox, others on the procedures. */
export function landingPath(user: Parameters<typeof can>[0]): string {
  return can(user, 'decide') ? '/tasks' : '/appointments';
}

function Landing() {
  return <Navigate to={landingPath(useUser())} replace />;
}

/** The layout plus per-user state (the name cache is dropped when another user signs in). */
function SignedIn() {
  const { user } = useAuth();
  return <SignedInAs key={user?.username ?? ''} />;
}

function SignedInAs() {
  const { api } = useAuth();
  const [cache] = useState(() => new NameCache(api));
  return (
    <NameProvider cache={cache}>
      <Layout />
    </NameProvider>
  );
}

function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t.app.notFound}>{t.app.notFound}</PageHeading>
      <p>{t.app.notFoundBody}</p>
      <Link to="/">{t.app.backHome}</Link>
    </>
  );
}

export function Providers({ children, fetchFn }: { children: ReactNode; fetchFn?: typeof fetch }) {
  return (
    <I18nProvider>
      <AnnouncerProvider>
        <AuthProvider fetchFn={fetchFn}>{children}</AuthProvider>
      </AnnouncerProvider>
    </I18nProvider>
  );
}

export function App() {
  return (
    <BrowserRouter>
      <Providers>
        <AppRoutes />
      </Providers>
    </BrowserRouter>
  );
}
