// Written by `npm run fit:recognition` (scripts/fit-recognition.ts) from the labelled pages: do not edit by hand.
import type { RecognitionModel } from './model.ts';

export const RECOGNITION_MODEL: RecognitionModel = {
  "fitted": {
    "pages": 145,
    "groups": 87,
    "l2": 1,
    "note": "written by npm run fit:recognition (scripts/fit-recognition.ts); do not edit by hand"
  },
  "bias": 0.382645,
  "threshold": 0.5,
  "features": [
    {
      "name": "head_trust_url",
      "mean": 0.337931,
      "sd": 0.473005,
      "weight": 0.075391
    },
    {
      "name": "head_trust_title",
      "mean": 0.682759,
      "sd": 0.465402,
      "weight": 0.196999
    },
    {
      "name": "head_not_trust",
      "mean": 0.110345,
      "sd": 0.313319,
      "weight": -0.193271
    },
    {
      "name": "practice_share",
      "mean": 0.360746,
      "sd": 0.232233,
      "weight": 0.119874
    },
    {
      "name": "practice_evidence",
      "mean": 0.77931,
      "sd": 0.360631,
      "weight": 0.120425
    },
    {
      "name": "first_person_share",
      "mean": 0.217349,
      "sd": 0.210013,
      "weight": 0.090806
    },
    {
      "name": "vendor_named_share",
      "mean": 0.166951,
      "sd": 0.186699,
      "weight": 0.016186
    },
    {
      "name": "first_singular_share",
      "mean": 0.014715,
      "sd": 0.041315,
      "weight": -0.031941
    },
    {
      "name": "reader_share",
      "mean": 0.088157,
      "sd": 0.140329,
      "weight": -0.049286
    },
    {
      "name": "imperative_share",
      "mean": 0.039401,
      "sd": 0.117162,
      "weight": -0.075993
    },
    {
      "name": "advice_share",
      "mean": 0.030246,
      "sd": 0.054967,
      "weight": -0.07133
    },
    {
      "name": "question_share",
      "mean": 0.026061,
      "sd": 0.080459,
      "weight": -0.048656
    },
    {
      "name": "unanswered_question_share",
      "mean": 0.006869,
      "sd": 0.04124,
      "weight": -0.043571
    },
    {
      "name": "definition_share",
      "mean": 0.017191,
      "sd": 0.055595,
      "weight": -0.027242
    },
    {
      "name": "security_density",
      "mean": 6.43796,
      "sd": 2.698971,
      "weight": 0.097814
    },
    {
      "name": "security_heading_share",
      "mean": 0.43072,
      "sd": 0.389988,
      "weight": 0.09291
    },
    {
      "name": "code_share",
      "mean": 0.002772,
      "sd": 0.017969,
      "weight": -0.089128
    },
    {
      "name": "third_party_subject",
      "mean": 0.117241,
      "sd": 0.321708,
      "weight": -0.078195
    },
    {
      "name": "job_share",
      "mean": 0.003368,
      "sd": 0.018491,
      "weight": -0.044114
    },
    {
      "name": "news_share",
      "mean": 0.01396,
      "sd": 0.058073,
      "weight": -0.070234
    },
    {
      "name": "blog_share",
      "mean": 0.003312,
      "sd": 0.015039,
      "weight": 0.020853
    },
    {
      "name": "pricing_share",
      "mean": 0.014973,
      "sd": 0.059494,
      "weight": -0.029013
    },
    {
      "name": "marketing_share",
      "mean": 0.012771,
      "sd": 0.03936,
      "weight": -0.083572
    },
    {
      "name": "privacy_policy_share",
      "mean": 0.015793,
      "sd": 0.045219,
      "weight": -0.038677
    },
    {
      "name": "template_share",
      "mean": 0.006577,
      "sd": 0.03698,
      "weight": -0.076053
    },
    {
      "name": "demo_share",
      "mean": 0.000406,
      "sd": 0.00365,
      "weight": -0.055176
    },
    {
      "name": "third_party_share",
      "mean": 0.001368,
      "sd": 0.007101,
      "weight": -0.083411
    },
    {
      "name": "regulation_body_share",
      "mean": 0.010052,
      "sd": 0.03109,
      "weight": -0.088862
    },
    {
      "name": "toggle_share",
      "mean": 0.003468,
      "sd": 0.027018,
      "weight": -0.004896
    },
    {
      "name": "log_words",
      "mean": 2.458079,
      "sd": 0.332231,
      "weight": 0.031905
    }
  ]
};
