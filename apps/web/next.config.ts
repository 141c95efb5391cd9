import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // The workspace packages ship TypeScript source, not built JavaScript. Their I/O libraries (pg,
  // pino, @prisma/client) are on Next's default serverExternalPackages list, so they stay unbundled.
  transpilePackages: ['@shop/domain', '@shop/payments', '@shop/read-models'],
  typedRoutes: true,
  poweredByHeader: false,
};

export default nextConfig;
