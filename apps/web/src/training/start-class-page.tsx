import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { TrainingCourseView } from '../api/training-types';
import { useAuth } from '../auth/auth';
import { useI18n } from '../i18n/i18n';
import { PageHeading } from '../ui/page-heading';
import { Loading } from '../ui/widgets';
import { StartClassForm } from './start-class-form';
import { trainingClassPath } from './training-paths';
import { useUnits } from './unit-choice';

/** /training/new: the opening form, then the class's page. */
export function StartClassPage() {
  const { api } = useAuth();
  const { t } = useI18n();
  const navigate = useNavigate();
  const [courses, setCourses] = useState<TrainingCourseView[] | null>(null);
  const loadUnits = useCallback(
    (signal: AbortSignal) => api.units({ limit: 100, active: true }, signal),
    [api],
  );
  const units = useUnits(loadUnits);
  useEffect(() => {
    const controller = new AbortController();
    api.trainingCourses(controller.signal).then(
      (page) => setCourses(page.items),
      () => setCourses([]),
    );
    return () => controller.abort();
  }, [api]);
  return (
    <>
      <PageHeading title={t.training.start.title}>{t.training.start.title}</PageHeading>
      {courses === null || units === null ? (
        <Loading />
      ) : (
        <StartClassForm
          courses={courses}
          units={units}
          start={api.startTrainingClass}
          onStarted={(view) => void navigate(trainingClassPath(view.id))}
        />
      )}
    </>
  );
}
