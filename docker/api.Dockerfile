# syntax=docker/dockerfile:1
# The API with the web panel. Build from the repository root:
#   docker build -f docker/api.Dockerfile -t personnel-api .
# Base images are pinned by exact tag (docker/README.md, "Pins"); npm is the one package-lock.json was written by.

FROM node:20.20.2-bookworm-slim AS toolchain
RUN npm install --global npm@11.19.1 && npm cache clean --force
WORKDIR /app

# Everything the build needs (dev dependencies included: SWC, Vite), then the build itself.
FROM toolchain AS build
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json nx.json ./
COPY apps ./apps
COPY libs ./libs
COPY workflows ./workflows
COPY tools ./tools
# The panel's links to the Temporal UI are fixed at build time (apps/web/src/app/config.ts).
ARG VITE_TEMPORAL_UI_URL=
ARG VITE_TEMPORAL_NAMESPACE=default
ENV VITE_TEMPORAL_UI_URL=${VITE_TEMPORAL_UI_URL} VITE_TEMPORAL_NAMESPACE=${VITE_TEMPORAL_NAMESPACE}
RUN node tools/run-ts.js tools/build.ts api web

# Production dependencies only; no install scripts: the native parts (Temporal's core bridge) ship prebuilt.
FROM toolchain AS deps
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

FROM node:20.20.2-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    WEB_PANEL_DIR=/app/dist/apps/web \
    DATA_DIR=/var/lib/personnel
WORKDIR /app
# Code and dependencies stay root's (read-only to the process); only the data folder is the app's.
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist/node/api ./dist/node/api
COPY --from=build /app/dist/apps/web ./dist/apps/web
RUN mkdir -p /var/lib/personnel && chown node:node /var/lib/personnel
USER node
EXPOSE 3000
CMD ["node", "--enable-source-maps", "dist/node/api/apps/api/src/main.js"]
