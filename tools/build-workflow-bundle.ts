import { buildWorkflowBundle, WORKFLOW_BUNDLE } from '@personnel/workflow-bundler';

/** `npm run build:workflows [path]`: the bundle a production worker loads via WORKFLOW_BUNDLE_PATH. */
const target = process.argv[2] ?? WORKFLOW_BUNDLE;
buildWorkflowBundle(target).then(
  (path) => process.stdout.write(`workflow bundle written to ${path}\n`),
  (error: unknown) => {
    process.stderr.write(`workflow bundle failed: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
