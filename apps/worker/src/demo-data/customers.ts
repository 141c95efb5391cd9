/** Where a demo shopper's orders go. */
export interface DemoAddress {
  readonly line1: string;
  readonly postalCode: string;
  readonly city: string;
  readonly country: string;
}

export interface DemoCustomer {
  readonly customerId: string;
  readonly email: string;
  readonly name: string;
  readonly address: DemoAddress;
}

const customer = (n: number, email: string, name: string, address: DemoAddress): DemoCustomer => ({
  customerId: `0b7f1d4e-8a2c-4c6e-9f10-1a2b3c4d5e${String(n).padStart(2, '0')}`,
  email,
  name,
  address,
});

/** The demo shoppers; their fixed ids make seeding idempotent. They sign in with the email alone. */
export const demoCustomers: readonly DemoCustomer[] = [
  customer(1, 'ada@shop.example', 'Ada Lovelace', {
    line1: '12 St James Square',
    postalCode: 'SW1Y 4JH',
    city: 'London',
    country: 'GB',
  }),
  customer(2, 'grace@shop.example', 'Grace Hopper', {
    line1: '1 Navy Yard',
    postalCode: '20374',
    city: 'Washington',
    country: 'US',
  }),
  customer(3, 'linus@shop.example', 'Linus Pauling', {
    line1: '1200 E California Blvd',
    postalCode: '91125',
    city: 'Pasadena',
    country: 'US',
  }),
  customer(4, 'emmy@shop.example', 'Emmy Noether', {
    line1: 'Bunsenstraße 3',
    postalCode: '37073',
    city: 'Göttingen',
    country: 'DE',
  }),
  customer(5, 'alan@shop.example', 'Alan Turing', {
    line1: 'Oxford Road',
    postalCode: 'M13 9PL',
    city: 'Manchester',
    country: 'GB',
  }),
  customer(6, 'marie@shop.example', 'Marie Curie', {
    line1: '11 rue Pierre et Marie Curie',
    postalCode: '75005',
    city: 'Paris',
    country: 'FR',
  }),
  customer(7, 'hedy@shop.example', 'Hedy Lamarr', {
    line1: 'Favoritenstraße 9',
    postalCode: '1040',
    city: 'Wien',
    country: 'AT',
  }),
  customer(8, 'katherine@shop.example', 'Katherine Johnson', {
    line1: '1 NASA Drive',
    postalCode: '23666',
    city: 'Hampton',
    country: 'US',
  }),
  customer(9, 'edsger@shop.example', 'Edsger Dijkstra', {
    line1: 'Den Dolech 2',
    postalCode: '5612 AZ',
    city: 'Eindhoven',
    country: 'NL',
  }),
  customer(10, 'barbara@shop.example', 'Barbara Liskov', {
    line1: '32 Vassar Street',
    postalCode: '02139',
    city: 'Cambridge',
    country: 'US',
  }),
  customer(11, 'rosalind@shop.example', 'Rosalind Franklin', {
    line1: 'Free School Lane',
    postalCode: 'CB2 3RH',
    city: 'Cambridge',
    country: 'GB',
  }),
  customer(12, 'margaret@shop.example', 'Margaret Hamilton', {
    line1: '77 Massachusetts Avenue',
    postalCode: '02139',
    city: 'Cambridge',
    country: 'US',
  }),
];
