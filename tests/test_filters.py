"""Filters: what is kept, the caption a person reads, and the shareable link."""

from __future__ import annotations

import pytest

from trials.errors import InvalidInput
from trials.filters import TrialFilter
from trials.model import Classification, Indication, Setting, Site, Trial
from trials.table import sites_frame, trials_frame


def trial(nct: str, *, ind=(Indication.MYELOMA,), settings=(), status="RECRUITING",
          phases=("PHASE2",), min_age=18.0, max_age=None, sex="ALL", drugs=(),
          title="A lenalidomide trial", eligibility="") -> Trial:  # fmt: skip
    return Trial(
        nct_id=nct, brief_title=title, status=status, phases=phases, min_age_years=min_age,
        max_age_years=max_age, sex=sex, other_drugs=drugs, eligibility_criteria=eligibility,
        classification=Classification(indications=ind, settings=settings),
    )  # fmt: skip


TRIALS = [
    trial("NCT1", ind=(Indication.MCL,), phases=("PHASE2", "PHASE3"),
          settings=(Setting.RELAPSED_REFRACTORY,), drugs=("Rituximab",)),
    trial("NCT2", ind=(Indication.MCL,), status="NOT_YET_RECRUITING", max_age=70),
    trial("NCT3", ind=(Indication.FL, Indication.MZL), sex="FEMALE",
          drugs=("Rituximab", "Dexamethasone"), eligibility="CD20-positive disease"),
    trial("NCT4", ind=(Indication.OTHER,), phases=("PHASE1",), min_age=65),
    trial("NCT5", settings=(Setting.MAINTENANCE,), drugs=("Daratumumab", "dexamethasone")),
]  # fmt: skip
SITES = [
    Site("NCT1", city="Munich", state="Bavaria", country="Germany", status="RECRUITING"),
    Site("NCT1", city="Boston", state="Massachusetts", country="United States"),
    Site("NCT2", city="Berlin", state="Berlin", country="Germany"),
    Site("NCT3", city="Lyon", country="France"),
    Site("NCT5", city="Boston", state="Massachusetts", country="United States"),
]  # fmt: skip


@pytest.fixture(scope="module")
def tables():
    return trials_frame(TRIALS, SITES), sites_frame(SITES)


def kept(f: TrialFilter, tables) -> list[str]:
    return list(f.apply(*tables)["nct_id"])


def test_no_filter_keeps_everything(tables):
    f = TrialFilter()
    assert kept(f, tables) == ["NCT1", "NCT2", "NCT3", "NCT4", "NCT5"]
    assert f.describe(5) == "5 trials"


def test_the_caption_says_what_is_applied(tables):
    f = TrialFilter(indications=(Indication.MCL,), statuses=("RECRUITING",),
                    phases=("2", "3"), countries=("Germany",))  # fmt: skip
    assert kept(f, tables) == ["NCT1"]
    assert f.describe(1) == "1 recruiting trial in mantle cell lymphoma, phase 2 or 3, in Germany"


@pytest.mark.parametrize(
    "f, expected, words",
    [
        (TrialFilter(indications=(Indication.FL, Indication.OTHER)), ["NCT3", "NCT4"],
         "in follicular lymphoma or other"),
        (TrialFilter(indications=(Indication.MZL,)), ["NCT3"], "in marginal zone lymphoma"),
        (TrialFilter(settings=(Setting.MAINTENANCE,)), ["NCT5"], "for maintenance disease"),
        (TrialFilter(statuses=("NOT_YET_RECRUITING",)), ["NCT2"], "not yet recruiting trial"),
        (TrialFilter(age=72), ["NCT1", "NCT3", "NCT4", "NCT5"], "open to age 72"),
        (TrialFilter(age=40), ["NCT1", "NCT2", "NCT3", "NCT5"], "open to age 40"),
        (TrialFilter(sex="male"), ["NCT1", "NCT2", "NCT4", "NCT5"], "open to men"),
        (TrialFilter(drugs=("rituximab",)), ["NCT1", "NCT3"], "with rituximab"),
        (TrialFilter(drugs=("Dexamethasone", "Daratumumab")), ["NCT5"],
         "with Dexamethasone and Daratumumab"),
        (TrialFilter(states=("Massachusetts",)), ["NCT1", "NCT5"],
         "with a site in Massachusetts"),
        (TrialFilter(text="cd20 POSITIVE"), ["NCT3"], "matching “cd20 POSITIVE”"),
        (TrialFilter(phases=("1",)), ["NCT4"], "phase 1"),
        (TrialFilter(phases=("1", "3")), ["NCT1", "NCT4"], "phase 1 or 3"),
    ],
)  # fmt: skip
def test_each_filter_keeps_the_right_trials_and_says_so(tables, f, expected, words):
    assert kept(f, tables) == expected
    assert words in f.describe(len(expected))


def test_sites_follow_the_place_filter(tables):
    f = TrialFilter(countries=("Germany",))
    trials = f.apply(*tables)
    assert list(f.sites_of(trials, tables[1])["city"]) == ["Munich", "Berlin"]


def test_a_link_reproduces_the_filter():
    f = TrialFilter(indications=(Indication.MCL, Indication.FL), settings=(Setting.MAINTENANCE,),
                    statuses=("RECRUITING",), phases=("2",), countries=("Germany",),
                    states=("Bavaria",), age=70, sex="female", drugs=("Rituximab",), text="cd20")  # fmt: skip
    query = f.to_query()
    assert query["indication"] == ["mcl", "fl"] and query["status"] == ["recruiting"]
    parsed, notices = TrialFilter.from_query(query)
    assert parsed == f and notices == []


def test_unknown_or_malformed_link_values_are_ignored_with_a_notice():
    parsed, notices = TrialFilter.from_query(
        {
            "indication": ["mcl", "lupus"],
            "phase": ["2", "9"],
            "age": ["old"],
            "sex": ["x"],
            "status": ["recruiting", "done"],
        }  # fmt: skip
    )
    assert parsed == TrialFilter(indications=(Indication.MCL,), phases=("2",),
                                 statuses=("RECRUITING",))  # fmt: skip
    assert len(notices) == 5 and any("lupus" in n for n in notices)


def test_the_cli_rejects_a_malformed_value_in_one_line():
    with pytest.raises(InvalidInput, match="Unknown indication “lupus”"):
        TrialFilter.parse_strict({"indication": ["lupus"]})


@pytest.mark.parametrize("raw, value", [("Phase 2", "2"), ("PHASE3", "3"), ("early-1", "early-1"),
                                        ("NA", "na")])  # fmt: skip
def test_phase_spellings(raw, value):
    assert TrialFilter.from_query({"phase": [raw]})[0].phases == (value,)


# --- counts beside each choice ------------------------------------------------------------------


def counted(f: TrialFilter, tables):
    from trials.present import facets, narrowed_facets

    trials, sites = tables
    base = facets(trials, sites)
    return base, narrowed_facets(base, f.narrow(trials, sites))


def test_without_filters_the_counts_are_the_whole_dataset(tables):
    base, now = counted(TrialFilter(), tables)
    assert now is base
    assert base.indications["mcl"] == "Mantle cell lymphoma (2)"
    assert base.countries == {"France": "France (1)", "Germany": "Germany (2)",
                              "United States": "United States (2)"}  # fmt: skip


def test_counts_follow_the_other_filters_and_choices_never_vanish(tables):
    base, now = counted(TrialFilter(indications=(Indication.MCL,)), tables)
    # Phase counts describe mantle cell lymphoma trials only (NCT1 is phase 2-3, NCT2 phase 2).
    assert now.phases == {"1": "Phase 1 (0)", "2": "Phase 2 (2)", "3": "Phase 3 (1)"}
    assert now.statuses == {"NOT_YET_RECRUITING": "Not yet recruiting (1)",
                            "RECRUITING": "Recruiting (1)"}  # fmt: skip
    assert now.countries == {"France": "France (0)", "Germany": "Germany (2)",
                             "United States": "United States (1)"}  # fmt: skip
    assert now.states(["Germany"]) == {"Bavaria": "Bavaria (1)", "Berlin": "Berlin (1)"}
    assert now.drugs == {"Rituximab": "Rituximab (1)", "Dexamethasone": "Dexamethasone (0)",
                         "Daratumumab": "Daratumumab (0)"}  # fmt: skip
    # A choice's own filter does not count against it: the other diseases keep their numbers.
    assert now.indications == base.indications
    assert list(now.phases) == list(base.phases) and list(now.drugs) == list(base.drugs)


def test_each_choice_is_counted_under_every_filter_but_its_own(tables):
    f = TrialFilter(indications=(Indication.MCL,), countries=("Germany",), drugs=("Rituximab",))
    _, now = counted(f, tables)
    # Diseases among trials in Germany with rituximab: only NCT1.
    assert now.indications["mcl"] == "Mantle cell lymphoma (1)"
    assert now.indications["fl"] == "Follicular lymphoma (0)"
    # Countries among MCL trials with rituximab: NCT1 has sites in Germany and the US.
    assert now.countries["United States"] == "United States (1)"
    # Drugs among MCL trials in Germany: NCT1 (rituximab) and NCT2 (none).
    assert now.drugs["Rituximab"] == "Rituximab (1)"
    assert kept(f, tables) == ["NCT1"]


def test_near_and_text_narrow_every_count(tables):
    _, now = counted(TrialFilter(text="cd20"), tables)
    assert now.indications["fl"] == "Follicular lymphoma (1)"
    assert now.indications["myeloma"] == "Multiple myeloma (0)"
    assert now.countries["France"] == "France (1)" and now.countries["Germany"] == "Germany (0)"


def test_drug_counts_say_what_adding_that_drug_would_leave(tables):
    """Chosen drugs must all be in a trial, so a count is taken among the current results."""
    _, now = counted(TrialFilter(drugs=("Rituximab",)), tables)
    assert now.drugs["Dexamethasone"] == "Dexamethasone (1)"  # NCT3 has both
    assert now.drugs["Daratumumab"] == "Daratumumab (0)"
    assert now.drugs["Rituximab"] == "Rituximab (2)"
    both = TrialFilter(drugs=("Rituximab", "Dexamethasone"))
    assert kept(both, tables) == ["NCT3"]


def test_the_caption_reads_as_english():
    f = TrialFilter(phases=("2", "3"), countries=("United States", "Netherlands"))
    assert f.describe(3) == "3 trials, phase 2 or 3, in the United States or the Netherlands"
    assert TrialFilter(countries=("Germany",)).describe(1) == "1 trial in Germany"


def test_old_links_with_a_salt_or_form_in_the_drug_name_still_filter():
    f, notices = TrialFilter.from_query({"drug": ["Bendamustine Hydrochloride", "rituximab SC"]})
    assert notices == [] and f.drugs == ("Bendamustine", "Rituximab")


def test_recruiting_is_listed_before_not_yet_recruiting(tables):
    from trials.present import status_options

    assert list(status_options(tables[0])) == ["RECRUITING", "NOT_YET_RECRUITING"]
