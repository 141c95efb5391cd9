export { productAggregate, productStreamCategory, productStreamId } from './product.aggregate';
export {
  addProduct,
  describeProduct,
  discontinueProduct,
  renameProduct,
  repriceProduct,
  setProductCategory,
  setProductTags,
  type ProductCommandFailure,
} from './product.services';
export * from './product.commands';
export * from './product.inputs';
export { maxTags, uncategorised } from './product.fields';
export {
  productAdded,
  productCategorised,
  productDescribed,
  productDiscontinued,
  productEventCodec,
  productRenamed,
  productRepriced,
  productTagsSet,
} from './product.events';
export type {
  ProductAdded,
  ProductAddedV1,
  ProductCategorised,
  ProductDescribed,
  ProductDiscontinued,
  ProductEvent,
  ProductRenamed,
  ProductRepriced,
  ProductTagsSet,
} from './product.events';
export type { ListedProduct, ProductDetails, ProductState } from './product.state';
export type { ProductError } from './product.errors';
