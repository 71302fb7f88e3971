"""Bridges to deepeval and ragas. Import the submodules explicitly; nothing is imported here, so
``import harness`` and the CLI never load deepeval or ragas:

    from harness.integrations.deepeval_metrics import SafetyMetric, to_llm_test_case
    from harness.integrations.ragas_dataset import to_evaluation_dataset
"""
