import { randomUUID } from 'node:crypto';
import { registerCustomer, type CommandHandlerDeps } from '@shop/domain';
import { demoCustomers } from './customers';
import { inParallel } from './in-parallel';

/**
 * Registers the demo shoppers. registerCustomer is idempotent for the same id and email, so a
 * second run changes nothing; any other refusal is a real problem and stops the seeding.
 */
export async function seedDemoCustomers(deps: CommandHandlerDeps): Promise<number> {
  const correlationId = randomUUID();
  await inParallel(demoCustomers, 4, async ({ customerId, email, name }) => {
    const context = { commandId: randomUUID(), correlationId, actor: 'system:demo-data' };
    const result = await registerCustomer(deps, { customerId, email, name }, context);
    if (!result.ok) {
      throw new Error(`Demo customer ${email} could not be registered: ${result.error.message}`);
    }
  });
  return demoCustomers.length;
}
