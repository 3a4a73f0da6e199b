// Written by `npm run fit:recognition` (scripts/fit-recognition.ts) from the labelled pages: do not edit by hand.
import type { RecognitionModel } from './model.ts';

export const RECOGNITION_MODEL: RecognitionModel = {
  "fitted": {
    "pages": 145,
    "groups": 87,
    "l2": 1,
    "note": "written by npm run fit:recognition (scripts/fit-recognition.ts); do not edit by hand"
  },
  "bias": 0.366752,
  "threshold": 0.5,
  "features": [
    {
      "name": "head_trust_url",
      "mean": 0.337931,
      "sd": 0.473005,
      "weight": 0.078124
    },
    {
      "name": "head_trust_title",
      "mean": 0.682759,
      "sd": 0.465402,
      "weight": 0.199946
    },
    {
      "name": "head_not_trust",
      "mean": 0.110345,
      "sd": 0.313319,
      "weight": -0.199935
    },
    {
      "name": "practice_share",
      "mean": 0.363243,
      "sd": 0.239009,
      "weight": 0.115301
    },
    {
      "name": "practice_evidence",
      "mean": 0.765517,
      "sd": 0.364905,
      "weight": 0.113033
    },
    {
      "name": "first_person_share",
      "mean": 0.221432,
      "sd": 0.215036,
      "weight": 0.090684
    },
    {
      "name": "vendor_named_share",
      "mean": 0.169082,
      "sd": 0.18918,
      "weight": 0.016597
    },
    {
      "name": "first_singular_share",
      "mean": 0.015307,
      "sd": 0.042005,
      "weight": -0.038856
    },
    {
      "name": "reader_share",
      "mean": 0.086792,
      "sd": 0.141389,
      "weight": -0.051187
    },
    {
      "name": "imperative_share",
      "mean": 0.039656,
      "sd": 0.117629,
      "weight": -0.077347
    },
    {
      "name": "advice_share",
      "mean": 0.030759,
      "sd": 0.056122,
      "weight": -0.071908
    },
    {
      "name": "question_share",
      "mean": 0.016495,
      "sd": 0.066018,
      "weight": -0.050933
    },
    {
      "name": "unanswered_question_share",
      "mean": 0.006737,
      "sd": 0.041231,
      "weight": -0.041252
    },
    {
      "name": "definition_share",
      "mean": 0.014388,
      "sd": 0.051914,
      "weight": -0.005763
    },
    {
      "name": "security_density",
      "mean": 6.421664,
      "sd": 2.733489,
      "weight": 0.093451
    },
    {
      "name": "security_heading_share",
      "mean": 0.43072,
      "sd": 0.389988,
      "weight": 0.092267
    },
    {
      "name": "code_share",
      "mean": 0.002772,
      "sd": 0.017969,
      "weight": -0.088668
    },
    {
      "name": "third_party_subject",
      "mean": 0.124138,
      "sd": 0.329739,
      "weight": -0.076879
    },
    {
      "name": "job_share",
      "mean": 0.002283,
      "sd": 0.012495,
      "weight": -0.016656
    },
    {
      "name": "news_share",
      "mean": 0.01512,
      "sd": 0.060276,
      "weight": -0.070745
    },
    {
      "name": "blog_share",
      "mean": 0.003609,
      "sd": 0.016293,
      "weight": 0.014213
    },
    {
      "name": "pricing_share",
      "mean": 0.019706,
      "sd": 0.074677,
      "weight": -0.036078
    },
    {
      "name": "marketing_share",
      "mean": 0.014748,
      "sd": 0.045935,
      "weight": -0.073291
    },
    {
      "name": "privacy_policy_share",
      "mean": 0.016166,
      "sd": 0.043114,
      "weight": -0.022877
    },
    {
      "name": "template_share",
      "mean": 0.006746,
      "sd": 0.035707,
      "weight": -0.074843
    },
    {
      "name": "demo_share",
      "mean": 0.000562,
      "sd": 0.005207,
      "weight": -0.051324
    },
    {
      "name": "third_party_share",
      "mean": 0.001281,
      "sd": 0.007146,
      "weight": -0.061163
    },
    {
      "name": "regulation_body_share",
      "mean": 0.011278,
      "sd": 0.032773,
      "weight": -0.087221
    },
    {
      "name": "toggle_share",
      "mean": 0.003468,
      "sd": 0.027018,
      "weight": -0.003327
    },
    {
      "name": "log_words",
      "mean": 2.45574,
      "sd": 0.330972,
      "weight": 0.030288
    }
  ]
};
