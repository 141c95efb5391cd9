import { defineConfig } from 'prisma/config';

// The CLI reads the connection from here (Prisma 7 removed `url` from the schema). `prisma generate`
// needs no database; `prisma migrate deploy` (for users with Prisma's engines) does.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: {
    url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/shop',
  },
});
