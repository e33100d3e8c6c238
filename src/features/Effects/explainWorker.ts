// Web Worker: computes the Predicted effects panel's explanations (one counterfactual simulation per loop) off the main
// thread, so a drug click's frames are not held up by them. Only the newest request is worked on; older ones are
// answered as superseded.
import { explainScenario } from '../../engine/explain';
import type { Model } from '../../model/types';
import { toCondition } from '../../stores/condition';
import type { ExplainReply, ExplainRequest } from './explainClient';

let model: Model | undefined;
let newest: ExplainRequest | undefined;

function answerNewest(): void {
  const request = newest;
  newest = undefined;
  if (!request || !model) return;
  const { drugs, mutations, loopsOff, timescale } = request.inputs;
  const explanations = explainScenario(model, toCondition(model, drugs, mutations, loopsOff), timescale);
  const reply: ExplainReply = { id: request.id, explanations };
  self.postMessage(reply);
}

self.onmessage = (event: MessageEvent<ExplainRequest>) => {
  const request = event.data;
  if (request.model) model = request.model;
  if (newest) {
    const superseded: ExplainReply = { id: newest.id, explanations: [], superseded: true };
    self.postMessage(superseded);
  } else setTimeout(answerNewest, 0);
  newest = request;
};
