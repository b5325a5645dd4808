export type {
  DecodedOtlpRequest,
  OtlpEncoding,
  OtlpValue,
  OtlpValueMap,
  ReceivedLog,
  ReceivedMetric,
  ReceivedPoint,
  ReceivedScope,
  ReceivedSpan,
} from './decode-otlp-request.js';
export { decodeOtlpRequest } from './decode-otlp-request.js';
export type { OtlpSignal, ProtoMessageType } from './otlp-proto.js';
export { otlpMessageTypes } from './otlp-proto.js';
export type {
  OtlpReceiver,
  OtlpReceiverFailure,
  OtlpReceiverOptions,
  ReceivedRequest,
} from './start-otlp-receiver.js';
export { startOtlpReceiver } from './start-otlp-receiver.js';
