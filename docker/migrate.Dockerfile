# syntax=docker/dockerfile:1
# The migrations job (runs once and exits 0 when the schema is up to date), with the account tool:
#   docker build -f docker/migrate.Dockerfile -t personnel-migrate .
#   docker run --rm -e DATABASE_URL=... -e USER_PASSWORD=... personnel-migrate \
#     node dist/node/users/tools/users.js set U-HR-01 --name "..." --role hr_officer

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
RUN node tools/run-ts.js tools/build.ts migrate users

FROM toolchain AS deps
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

FROM node:20.20.2-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist/node/migrate ./dist/node/migrate
COPY --from=build /app/dist/node/users ./dist/node/users
USER node
CMD ["node", "--enable-source-maps", "dist/node/migrate/tools/migrate.js"]
