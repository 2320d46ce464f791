# syntax=docker/dockerfile:1
# The Temporal worker, with the workflow bundle built here (WORKFLOW_BUNDLE_PATH). From the repository root:
#   docker build -f docker/worker.Dockerfile -t personnel-worker .

FROM node:20.20.2-bookworm-slim AS toolchain
RUN npm install --global npm@11.19.1 && npm cache clean --force
WORKDIR /app

FROM toolchain AS build
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json nx.json ./
COPY apps ./apps
COPY libs ./libs
COPY workflows ./workflows
COPY tools ./tools
RUN node tools/run-ts.js tools/build.ts worker workflows

FROM toolchain AS deps
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

FROM node:20.20.2-bookworm-slim AS runtime
# A prebuilt bundle: the worker starts without webpack and runs exactly the workflow code of this image.
ENV NODE_ENV=production \
    WORKFLOW_BUNDLE_PATH=/app/dist/workflows/workflow-bundle.js \
    DATA_DIR=/var/lib/personnel
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist/node/worker ./dist/node/worker
COPY --from=build /app/dist/workflows ./dist/workflows
RUN mkdir -p /var/lib/personnel && chown node:node /var/lib/personnel
USER node
CMD ["node", "--enable-source-maps", "dist/node/worker/apps/worker/src/main.js"]
