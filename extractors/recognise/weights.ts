// Written by `npm run fit:recognition` (scripts/fit-recognition.ts) from the labelled pages: do not edit by hand.
import type { RecognitionModel } from './model.ts';

export const RECOGNITION_MODEL: RecognitionModel = {
  "fitted": {
    "pages": 145,
    "groups": 87,
    "l2": 0.3,
    "note": "written by npm run fit:recognition (scripts/fit-recognition.ts); do not edit by hand"
  },
  "bias": 0.653756,
  "threshold": 0.5,
  "features": [
    {
      "name": "head_trust_url",
      "mean": 0.337931,
      "sd": 0.473005,
      "weight": 0.137516
    },
    {
      "name": "head_trust_title",
      "mean": 0.682759,
      "sd": 0.465402,
      "weight": 0.390854
    },
    {
      "name": "head_not_trust",
      "mean": 0.110345,
      "sd": 0.313319,
      "weight": -0.386577
    },
    {
      "name": "practice_share",
      "mean": 0.339958,
      "sd": 0.227869,
      "weight": 0.199898
    },
    {
      "name": "practice_evidence",
      "mean": 0.771034,
      "sd": 0.366139,
      "weight": 0.170293
    },
    {
      "name": "first_person_share",
      "mean": 0.202273,
      "sd": 0.200855,
      "weight": 0.155302
    },
    {
      "name": "vendor_named_share",
      "mean": 0.160465,
      "sd": 0.179391,
      "weight": -0.004531
    },
    {
      "name": "first_singular_share",
      "mean": 0.013739,
      "sd": 0.037317,
      "weight": -0.061012
    },
    {
      "name": "reader_share",
      "mean": 0.079618,
      "sd": 0.129416,
      "weight": -0.072091
    },
    {
      "name": "imperative_share",
      "mean": 0.036053,
      "sd": 0.10634,
      "weight": -0.142024
    },
    {
      "name": "advice_share",
      "mean": 0.028357,
      "sd": 0.052681,
      "weight": -0.104829
    },
    {
      "name": "question_share",
      "mean": 0.014693,
      "sd": 0.054947,
      "weight": -0.06856
    },
    {
      "name": "unanswered_question_share",
      "mean": 0.004595,
      "sd": 0.027224,
      "weight": -0.060108
    },
    {
      "name": "definition_share",
      "mean": 0.012349,
      "sd": 0.041781,
      "weight": -0.022388
    },
    {
      "name": "security_density",
      "mean": 6.804866,
      "sd": 2.958881,
      "weight": 0.192669
    },
    {
      "name": "security_heading_share",
      "mean": 0.43072,
      "sd": 0.389988,
      "weight": 0.165921
    },
    {
      "name": "code_share",
      "mean": 0.005136,
      "sd": 0.04465,
      "weight": -0.169451
    },
    {
      "name": "third_party_subject",
      "mean": 0.124138,
      "sd": 0.329739,
      "weight": -0.146193
    },
    {
      "name": "job_share",
      "mean": 0.002724,
      "sd": 0.014448,
      "weight": -0.081498
    },
    {
      "name": "news_share",
      "mean": 0.013191,
      "sd": 0.050466,
      "weight": -0.14579
    },
    {
      "name": "blog_share",
      "mean": 0.003731,
      "sd": 0.015211,
      "weight": 0.064081
    },
    {
      "name": "pricing_share",
      "mean": 0.018063,
      "sd": 0.072528,
      "weight": -0.063635
    },
    {
      "name": "marketing_share",
      "mean": 0.014245,
      "sd": 0.044082,
      "weight": -0.133529
    },
    {
      "name": "privacy_policy_share",
      "mean": 0.017223,
      "sd": 0.044498,
      "weight": -0.054984
    },
    {
      "name": "template_share",
      "mean": 0.005608,
      "sd": 0.028016,
      "weight": -0.167612
    },
    {
      "name": "demo_share",
      "mean": 0.00054,
      "sd": 0.004955,
      "weight": -0.088941
    },
    {
      "name": "third_party_share",
      "mean": 0.001247,
      "sd": 0.006984,
      "weight": -0.161731
    },
    {
      "name": "regulation_body_share",
      "mean": 0.009318,
      "sd": 0.025841,
      "weight": -0.179395
    },
    {
      "name": "toggle_share",
      "mean": 0.003468,
      "sd": 0.027018,
      "weight": 0.002669
    },
    {
      "name": "log_words",
      "mean": 2.468299,
      "sd": 0.313852,
      "weight": 0.066227
    }
  ]
};
