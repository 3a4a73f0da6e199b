// Written by `npm run fit:recognition` (scripts/fit-recognition.ts) from the labelled pages: do not edit by hand.
import type { RecognitionModel } from './model.ts';

export const RECOGNITION_MODEL: RecognitionModel = {
  "fitted": {
    "pages": 145,
    "groups": 87,
    "l2": 0.3,
    "note": "written by npm run fit:recognition (scripts/fit-recognition.ts); do not edit by hand"
  },
  "bias": 0.661152,
  "threshold": 0.5,
  "features": [
    {
      "name": "head_trust_url",
      "mean": 0.337931,
      "sd": 0.473005,
      "weight": 0.139164
    },
    {
      "name": "head_trust_title",
      "mean": 0.682759,
      "sd": 0.465402,
      "weight": 0.384615
    },
    {
      "name": "head_not_trust",
      "mean": 0.110345,
      "sd": 0.313319,
      "weight": -0.397283
    },
    {
      "name": "practice_share",
      "mean": 0.355806,
      "sd": 0.234774,
      "weight": 0.197263
    },
    {
      "name": "practice_evidence",
      "mean": 0.765517,
      "sd": 0.364905,
      "weight": 0.170778
    },
    {
      "name": "first_person_share",
      "mean": 0.217771,
      "sd": 0.209953,
      "weight": 0.167822
    },
    {
      "name": "vendor_named_share",
      "mean": 0.167517,
      "sd": 0.187856,
      "weight": -0.01194
    },
    {
      "name": "first_singular_share",
      "mean": 0.017817,
      "sd": 0.044624,
      "weight": -0.025724
    },
    {
      "name": "reader_share",
      "mean": 0.088351,
      "sd": 0.140577,
      "weight": -0.066796
    },
    {
      "name": "imperative_share",
      "mean": 0.039479,
      "sd": 0.117206,
      "weight": -0.139956
    },
    {
      "name": "advice_share",
      "mean": 0.030266,
      "sd": 0.05497,
      "weight": -0.114988
    },
    {
      "name": "question_share",
      "mean": 0.026061,
      "sd": 0.080459,
      "weight": -0.092494
    },
    {
      "name": "unanswered_question_share",
      "mean": 0.006869,
      "sd": 0.04124,
      "weight": -0.06475
    },
    {
      "name": "definition_share",
      "mean": 0.014114,
      "sd": 0.05133,
      "weight": -0.00322
    },
    {
      "name": "security_density",
      "mean": 6.448626,
      "sd": 2.729093,
      "weight": 0.200432
    },
    {
      "name": "security_heading_share",
      "mean": 0.43072,
      "sd": 0.389988,
      "weight": 0.174845
    },
    {
      "name": "code_share",
      "mean": 0.002772,
      "sd": 0.017969,
      "weight": -0.165683
    },
    {
      "name": "third_party_subject",
      "mean": 0.117241,
      "sd": 0.321708,
      "weight": -0.151079
    },
    {
      "name": "job_share",
      "mean": 0.002282,
      "sd": 0.012495,
      "weight": -0.045813
    },
    {
      "name": "news_share",
      "mean": 0.015008,
      "sd": 0.060188,
      "weight": -0.141079
    },
    {
      "name": "blog_share",
      "mean": 0.003606,
      "sd": 0.016292,
      "weight": 0.051348
    },
    {
      "name": "pricing_share",
      "mean": 0.019461,
      "sd": 0.074636,
      "weight": -0.051852
    },
    {
      "name": "marketing_share",
      "mean": 0.014649,
      "sd": 0.045904,
      "weight": -0.140087
    },
    {
      "name": "privacy_policy_share",
      "mean": 0.016165,
      "sd": 0.043114,
      "weight": -0.042469
    },
    {
      "name": "template_share",
      "mean": 0.006721,
      "sd": 0.035669,
      "weight": -0.147311
    },
    {
      "name": "demo_share",
      "mean": 0.000562,
      "sd": 0.005207,
      "weight": -0.08781
    },
    {
      "name": "third_party_share",
      "mean": 0.001278,
      "sd": 0.007141,
      "weight": -0.163591
    },
    {
      "name": "regulation_body_share",
      "mean": 0.011272,
      "sd": 0.032771,
      "weight": -0.175427
    },
    {
      "name": "toggle_share",
      "mean": 0.003468,
      "sd": 0.027018,
      "weight": 0.000734
    },
    {
      "name": "log_words",
      "mean": 2.457823,
      "sd": 0.332295,
      "weight": 0.067875
    }
  ]
};
