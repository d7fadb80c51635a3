"""Find open clinical trials of lenalidomide (Revlimid, CC-5013) on ClinicalTrials.gov."""

__version__ = "0.1.0"
