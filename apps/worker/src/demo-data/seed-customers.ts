import { randomUUID } from 'node:crypto';
import { registerCustomer, type CommandHandlerDeps } from '@shop/domain';
import { demoCustomers } from './customers';

/**
 * Registers the demo shoppers. registerCustomer is idempotent for the same id and email, so a
 * second run changes nothing; any other refusal is a real problem and stops the seeding.
 */
export async function seedDemoCustomers(deps: CommandHandlerDeps): Promise<number> {
  const correlationId = randomUUID();
  for (const customer of demoCustomers) {
    const context = { commandId: randomUUID(), correlationId, actor: 'system:demo-data' };
    const result = await registerCustomer(deps, customer, context);
    if (!result.ok) {
      throw new Error(
        `Demo customer ${customer.email} could not be registered: ${result.error.message}`,
      );
    }
  }
  return demoCustomers.length;
}
