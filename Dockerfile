# syntax=docker/dockerfile:1
# Build stage: install all dependencies and compile TypeScript to dist/.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
# The GraphQL IDE bundle (dist/web) is built from web/ and the example operations.
COPY web ./web
COPY examples/operations ./examples/operations
RUN npm run build

# Runtime stage: production dependencies, compiled code, schema and seed articles only.
# In production the server refuses to start without MONGODB_URI, and without API_KEY unless
# DISABLE_WRITES=true (see README, Docker).
FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production
ENV PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY schema ./schema
COPY seeds ./seeds
USER node
EXPOSE 4000
# Asks the port the server listens on, so a changed PORT does not make a healthy server "unhealthy".
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/server/main.js"]
