export {
  checkOut,
  type CheckOutAccepted,
  type CheckOutDeps,
  type CheckOutFailure,
} from './check-out';
