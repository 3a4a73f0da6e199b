// Written by `npm run fit:recognition` (scripts/fit-recognition.ts) from the labelled pages: do not edit by hand.
import type { RecognitionModel } from './model.ts';

export const RECOGNITION_MODEL: RecognitionModel = {
  "fitted": {
    "pages": 145,
    "groups": 87,
    "l2": 3,
    "note": "written by npm run fit:recognition (scripts/fit-recognition.ts); do not edit by hand"
  },
  "bias": 0.145326,
  "threshold": 0.5,
  "features": [
    {
      "name": "head_trust_url",
      "mean": 0.324138,
      "sd": 0.468052,
      "weight": 0.035473
    },
    {
      "name": "head_trust_title",
      "mean": 0.627586,
      "sd": 0.483448,
      "weight": 0.081608
    },
    {
      "name": "head_not_trust",
      "mean": 0.131034,
      "sd": 0.337438,
      "weight": -0.072663
    },
    {
      "name": "practice_share",
      "mean": 0.24077,
      "sd": 0.171633,
      "weight": 0.054743
    },
    {
      "name": "first_person_share",
      "mean": 0.176635,
      "sd": 0.180491,
      "weight": 0.045367
    },
    {
      "name": "vendor_named_share",
      "mean": 0.171813,
      "sd": 0.161954,
      "weight": 0.02375
    },
    {
      "name": "first_singular_share",
      "mean": 0.015427,
      "sd": 0.038525,
      "weight": -0.015908
    },
    {
      "name": "reader_share",
      "mean": 0.070828,
      "sd": 0.111611,
      "weight": -0.031578
    },
    {
      "name": "imperative_share",
      "mean": 0.034214,
      "sd": 0.098963,
      "weight": -0.046268
    },
    {
      "name": "advice_share",
      "mean": 0.025496,
      "sd": 0.048637,
      "weight": -0.034978
    },
    {
      "name": "question_share",
      "mean": 0.022976,
      "sd": 0.06628,
      "weight": -0.024404
    },
    {
      "name": "definition_share",
      "mean": 0.01007,
      "sd": 0.030868,
      "weight": -0.012203
    },
    {
      "name": "security_density",
      "mean": 7.380167,
      "sd": 3.149874,
      "weight": 0.04171
    },
    {
      "name": "security_heading_share",
      "mean": 0.377496,
      "sd": 0.375236,
      "weight": 0.044356
    },
    {
      "name": "third_party_subject",
      "mean": 0.151724,
      "sd": 0.358753,
      "weight": -0.038451
    },
    {
      "name": "job_share",
      "mean": 0.003574,
      "sd": 0.018559,
      "weight": -0.022182
    },
    {
      "name": "news_share",
      "mean": 0.012184,
      "sd": 0.048154,
      "weight": -0.036308
    },
    {
      "name": "blog_share",
      "mean": 0.003435,
      "sd": 0.014047,
      "weight": 0.00806
    },
    {
      "name": "pricing_share",
      "mean": 0.014143,
      "sd": 0.058401,
      "weight": -0.02281
    },
    {
      "name": "marketing_share",
      "mean": 0.012551,
      "sd": 0.03831,
      "weight": -0.042294
    },
    {
      "name": "privacy_policy_share",
      "mean": 0.016375,
      "sd": 0.044839,
      "weight": -0.015612
    },
    {
      "name": "template_share",
      "mean": 0.005435,
      "sd": 0.028876,
      "weight": -0.04076
    },
    {
      "name": "demo_share",
      "mean": 0.000384,
      "sd": 0.003479,
      "weight": -0.02726
    },
    {
      "name": "third_party_share",
      "mean": 0.001344,
      "sd": 0.006994,
      "weight": -0.030451
    },
    {
      "name": "regulation_body_share",
      "mean": 0.008306,
      "sd": 0.024626,
      "weight": -0.037748
    },
    {
      "name": "toggle_share",
      "mean": 0.003468,
      "sd": 0.027018,
      "weight": -0.003978
    },
    {
      "name": "log_words",
      "mean": 2.488954,
      "sd": 0.31509,
      "weight": 0.016947
    }
  ]
};
