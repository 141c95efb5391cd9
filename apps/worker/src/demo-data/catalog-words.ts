/**
 * The words the generated demo catalog is made of: per category, kinds of product and the
 * materials or colours they come in. A product is one variant of one kind ("Oak desk tray").
 */
export interface Kind {
  readonly name: string;
  /** Completes "<variant> <kind> …" in the description. */
  readonly detail: string;
  /** Minor units (cents) before the variant's factor. */
  readonly basePrice: number;
  readonly tag: string;
}

export interface Variant {
  readonly name: string;
  readonly tag: string;
  /** The variant's price against the kind's base price. */
  readonly factor: number;
}

export interface CategoryWords {
  readonly category: string;
  readonly kinds: readonly Kind[];
  readonly variants: readonly Variant[];
}

const kind = (name: string, detail: string, basePrice: number, tag: string): Kind => ({
  name,
  detail,
  basePrice,
  tag,
});
const variant = (name: string, tag: string, factor: number): Variant => ({ name, tag, factor });

export const categoryWords: readonly CategoryWords[] = [
  {
    category: 'lighting',
    kinds: [
      kind('floor lamp', 'with a linen shade and a foot switch', 14_900, 'lamp'),
      kind('pendant light', 'on a 2 m braided cable', 8_900, 'pendant'),
      kind('wall sconce', 'that swivels and dims', 6_900, 'sconce'),
      kind('reading light', 'with a clamp for shelves and headboards', 4_500, 'lamp'),
      kind('lantern', 'for a candle or a warm LED', 3_900, 'lantern'),
    ],
    variants: [
      variant('Brass', 'brass', 1.3),
      variant('Ash', 'ash', 1),
      variant('Black steel', 'steel', 0.9),
      variant('Opal glass', 'glass', 1.1),
    ],
  },
  {
    category: 'textiles',
    kinds: [
      kind('cushion cover', 'of 50 × 50 cm, with a hidden zip', 3_200, 'cushion'),
      kind('table runner', 'of 40 × 180 cm', 3_800, 'table'),
      kind('bath towel', 'of 70 × 140 cm, 600 g/m²', 2_900, 'towel'),
      kind('blanket', 'of 140 × 200 cm, warm without weight', 8_900, 'blanket'),
      kind('apron', 'with a long neck strap and two pockets', 3_400, 'apron'),
    ],
    variants: [
      variant('Linen', 'linen', 1.2),
      variant('Organic cotton', 'cotton', 1),
      variant('Wool', 'wool', 1.4),
      variant('Waffle', 'waffle', 0.9),
    ],
  },
  {
    category: 'kitchen',
    kinds: [
      kind('chef’s knife', 'of 20 cm, hand-sharpened', 8_900, 'knife'),
      kind('cutting board', 'with a juice groove', 4_200, 'board'),
      kind('saucepan', 'of 2 litres, for every hob', 6_900, 'pan'),
      kind('salad bowl', 'that seats four', 3_600, 'bowl'),
      kind('pepper mill', 'with a ceramic grinder', 3_200, 'mill'),
    ],
    variants: [
      variant('Carbon steel', 'steel', 1.1),
      variant('Olive wood', 'olive-wood', 1.2),
      variant('Copper', 'copper', 1.5),
      variant('Enamel', 'enamel', 0.9),
    ],
  },
  {
    category: 'apparel',
    kinds: [
      kind('scarf', 'of 180 cm with rolled edges', 5_900, 'scarf'),
      kind('cardigan', 'with horn buttons', 12_900, 'knitwear'),
      kind('socks', 'with a reinforced heel', 1_800, 'socks'),
      kind('work shirt', 'with two chest pockets', 7_900, 'shirt'),
      kind('gloves', 'with a knitted cuff', 4_900, 'gloves'),
    ],
    variants: [
      variant('Merino', 'merino', 1.2),
      variant('Alpaca', 'alpaca', 1.4),
      variant('Heavy cotton', 'cotton', 1),
      variant('Waxed', 'waxed', 1.1),
    ],
  },
  {
    category: 'bags',
    kinds: [
      kind('backpack', 'of 22 litres with a laptop sleeve', 11_900, 'backpack'),
      kind('weekender', 'that fits an airline cabin', 16_900, 'travel'),
      kind('crossbody bag', 'with an adjustable strap', 7_900, 'crossbody'),
      kind('wash bag', 'that lies flat when open', 3_900, 'travel'),
      kind('card wallet', 'for six cards', 3_500, 'wallet'),
    ],
    variants: [
      variant('Waxed canvas', 'canvas', 1),
      variant('Vegetable-tanned leather', 'leather', 1.6),
      variant('Recycled nylon', 'nylon', 0.85),
      variant('Felt', 'felt', 0.9),
    ],
  },
  {
    category: 'furniture',
    kinds: [
      kind('side table', 'of 45 cm, with a lipped top', 17_900, 'table'),
      kind('stool', 'that stacks by four', 9_900, 'stool'),
      kind('bookshelf', 'with five adjustable shelves', 34_900, 'shelf'),
      kind('coat rack', 'with six pegs', 12_900, 'hallway'),
      kind('bench', 'of 120 cm for a hallway or a table', 24_900, 'bench'),
    ],
    variants: [
      variant('Solid oak', 'oak', 1.3),
      variant('Beech', 'beech', 1),
      variant('Powder-coated steel', 'steel', 0.9),
      variant('Walnut', 'walnut', 1.5),
    ],
  },
  {
    category: 'stationery',
    kinds: [
      kind('notebook', 'of 192 dotted pages that lies flat', 2_400, 'notebook'),
      kind('fountain pen', 'with a medium steel nib', 4_900, 'pen'),
      kind('desk tray', 'for letters and papers', 3_900, 'desk'),
      kind('weekly planner', 'undated, for 52 weeks', 2_900, 'planner'),
      kind('pencil case', 'with an elastic loop', 1_900, 'case'),
    ],
    variants: [
      variant('Kraft', 'kraft', 0.9),
      variant('Cork', 'cork', 1),
      variant('Leather-bound', 'leather', 1.5),
      variant('Aluminium', 'aluminium', 1.2),
    ],
  },
  {
    category: 'garden',
    kinds: [
      kind('watering can', 'of 5 litres with a long spout', 4_900, 'watering'),
      kind('planter', 'with a drainage hole and a saucer', 3_900, 'planter'),
      kind('pruners', 'with a bypass blade', 4_500, 'tools'),
      kind('kneeling pad', 'that shrugs off rain', 2_200, 'tools'),
      kind('bird feeder', 'that hangs from a branch', 2_900, 'birds'),
    ],
    variants: [
      variant('Galvanised', 'galvanised', 1),
      variant('Terracotta', 'terracotta', 0.9),
      variant('Recycled plastic', 'recycled', 0.8),
      variant('Forged steel', 'steel', 1.3),
    ],
  },
  {
    category: 'bath',
    kinds: [
      kind('soap dish', 'that drains dry', 1_900, 'soap'),
      kind('bath mat', 'of 50 × 80 cm', 3_900, 'mat'),
      kind('toothbrush cup', 'that stands steady', 1_500, 'cup'),
      kind('shower caddy', 'that hangs over the screen', 4_500, 'storage'),
      kind('laundry basket', 'of 50 litres with handles', 5_900, 'laundry'),
    ],
    variants: [
      variant('Stoneware', 'stoneware', 1),
      variant('Bamboo', 'bamboo', 0.9),
      variant('Marble', 'marble', 1.6),
      variant('Teak', 'teak', 1.3),
    ],
  },
  {
    category: 'tableware',
    kinds: [
      kind('dinner plate', 'of 27 cm, dishwasher safe', 2_400, 'plate'),
      kind('serving platter', 'of 40 cm', 5_400, 'serving'),
      kind('tumblers', 'in a set of four, 300 ml each', 3_600, 'glassware'),
      kind('teapot', 'of 1 litre with a steel infuser', 4_900, 'tea'),
      kind('butter dish', 'with a lid', 2_600, 'serving'),
    ],
    variants: [
      variant('Speckled stoneware', 'stoneware', 1),
      variant('Porcelain', 'porcelain', 1.2),
      variant('Recycled glass', 'glass', 0.9),
      variant('Hand-glazed', 'hand-glazed', 1.3),
    ],
  },
];
