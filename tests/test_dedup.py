from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from rag import dedup
from tests.conftest import write

ROOT = Path(__file__).resolve().parent.parent

STORY = (
    "The city council voted on Tuesday to close the old harbour bridge to cars from next spring, "
    "after engineers found cracks in two of its supporting piers.\n\n"
    "The bridge, opened in 1934, carries about 18,000 vehicles a day. Council leader Maria Okafor "
    'said the decision had not been taken lightly. "Safety has to come first, and the reports we '
    'received left us no real choice," she told reporters outside the town hall. Buses and '
    "cyclists will still be allowed to cross while repairs are planned.\n\n"
    "Local businesses on the north bank warned that trade would suffer. The chamber of commerce "
    "estimated that shops near the bridge could lose a fifth of their customers during the "
    "closure. A temporary ferry service is being considered, and the council expects to publish "
    "a full repair plan, with costs, by the end of the summer.\n\n"
    "Work on a replacement crossing further upstream is due to start in 2027."
)

# The same story as another outlet runs it: byline, a changed word or two, a dropped sentence,
# curly quotes, new paragraph breaks and a closing credit.
SYNDICATED = (
    "By Tom Hughes, Metro Wire\n\n"
    "The city council voted on Tuesday to close the old harbour bridge to cars from next spring, "
    "after engineers found cracks in two of its supporting piers. The bridge, opened in 1934, "
    "carries about 18,000 vehicles a day.\n\n"
    "Council leader Maria Okafor said the decision had not been taken lightly. \u201cSafety has to "
    "come first, and the reports we received left us no real choice,\u201d she told reporters "
    "outside the town hall. Buses and cyclists will still be allowed to cross while repairs are "
    "planned.\n\n"
    "Local firms on the north bank warned that trade would suffer. The chamber of commerce "
    "estimated that shops near the bridge could lose a fifth of their customers during the "
    "closure. The council expects to publish a full repair plan, with costs, by the end of the "
    "summer.\n\n"
    "Work on a replacement crossing further upstream is due to start in 2027.\n\n"
    "This story was first published by Metro Wire."
)

# A follow-up on the same topic: new events, one background sentence reused.
FOLLOW_UP = (
    "Traffic queues stretched for two miles on Monday, the first weekday since the old harbour "
    "bridge closed to cars.\n\n"
    "Commuters said journeys that used to take ten minutes now took close to an hour, as drivers "
    "were sent round the ring road. The bridge, opened in 1934, carries about 18,000 vehicles a "
    "day. A council spokesman apologised for the delays and said extra signs would be put up "
    "this week. The new ferry, which began running on Saturday, carried 1,200 passengers in its "
    "first two days, well above what its operators had expected.\n\n"
    "Opposition councillors called for the repair timetable to be brought forward and asked "
    "for an independent review of the engineers' findings."
)

UNRELATED = (
    "The national team won its opening match of the tournament 3-1 on Sunday, with two late "
    "goals from the substitute striker sealing the result in front of a sold-out stadium. The "
    "coach praised the squad's patience and said the side would rest several players before "
    "Thursday's game against the defending champions."
)


def test_identical_texts_have_similarity_one():
    assert dedup.similarity(dedup.signature(STORY), dedup.signature(STORY)) == 1.0
    # Normalisation: case, punctuation and whitespace do not matter.
    shouted = STORY.upper().replace("\n\n", "  ").replace(", ", " ; ")
    assert dedup.similarity(dedup.signature(STORY), dedup.signature(shouted)) == 1.0


def test_signature_shape_and_type():
    sig = dedup.signature(STORY)
    assert sig.dtype == np.uint32 and sig.shape == (dedup.NUM_PERM,)


def test_lightly_edited_copy_is_found_and_others_are_not():
    index = dedup.NearDuplicateIndex()
    index.add("story", dedup.signature(STORY))
    index.add("follow-up", dedup.signature(FOLLOW_UP))
    index.add("unrelated", dedup.signature(UNRELATED))
    found = index.query(dedup.signature(SYNDICATED))
    assert [aid for aid, _ in found] == ["story"]
    assert dedup.DEFAULT_THRESHOLD <= found[0][1] < 1.0
    assert index.query(dedup.signature(FOLLOW_UP), exclude="follow-up") == []
    assert index.query(dedup.signature(UNRELATED), exclude="unrelated") == []


def test_query_returns_best_first_and_can_exclude_itself():
    index = dedup.NearDuplicateIndex()
    index.add("story", dedup.signature(STORY))
    index.add("copy", dedup.signature(SYNDICATED))
    found = index.query(dedup.signature(STORY))
    assert [aid for aid, _ in found] == ["story", "copy"]
    assert found[0][1] == 1.0 and found[0][1] > found[1][1]
    assert [aid for aid, _ in index.query(dedup.signature(STORY), exclude="story")] == ["copy"]


def test_encode_decode_round_trip_and_damage_is_refused():
    sig = dedup.signature(STORY)
    text = dedup.encode(sig)
    assert text.isascii() and text.startswith(dedup.SCHEME + ":")
    assert len(text) < 800  # fits comfortably in a metadata field
    assert np.array_equal(dedup.decode(text), sig)
    with pytest.raises(ValueError, match="re-ingest"):
        dedup.decode("mh0-w9-p64-s1:" + text.partition(":")[2])
    with pytest.raises(ValueError, match="re-ingest"):
        dedup.decode(text[:-8])
    with pytest.raises(ValueError, match="re-ingest"):
        dedup.decode(dedup.SCHEME + ":not base64!")


def test_remove_and_replace():
    index = dedup.NearDuplicateIndex()
    index.add("story", dedup.signature(STORY))
    assert index.remove("story") is True
    assert index.remove("story") is False
    assert index.query(dedup.signature(SYNDICATED)) == []
    assert len(index) == 0
    # Re-adding an id replaces its signature, leaving no stale bucket entry behind.
    index.add("a", dedup.signature(STORY))
    index.add("a", dedup.signature(UNRELATED))
    assert index.query(dedup.signature(STORY)) == []
    assert [aid for aid, _ in index.query(dedup.signature(UNRELATED))] == ["a"]


def test_empty_and_short_texts():
    empty = dedup.signature("  ... ")
    assert dedup.is_empty(empty)
    index = dedup.NearDuplicateIndex()
    index.add("empty", empty)
    assert index.query(empty) == [] and dedup.similarity(empty, empty) == 0.0
    assert index.remove("empty")
    short = dedup.signature("Bridge shut")  # fewer words than a shingle: one shingle
    assert not dedup.is_empty(short)
    assert dedup.similarity(short, dedup.signature("bridge, shut!")) == 1.0


def test_signatures_are_the_same_in_another_process():
    # Python salts str hashes per process; signatures must not depend on that.
    code = "import sys; from rag import dedup; print(dedup.encode(dedup.signature(sys.argv[1])))"
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code, STORY],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
        ).stdout.strip()
        for seed in ("1", "2")
    }
    assert outputs == {dedup.encode(dedup.signature(STORY))}


def test_band_rows_keep_pairs_at_the_threshold():
    for threshold in (0.3, 0.55, 0.8):
        rows = dedup.band_rows(threshold)
        bands = dedup.NUM_PERM // rows
        assert 1 - (1 - threshold**rows) ** bands >= 0.99


def test_index_agrees_with_a_full_scan_through_adds_removes_and_rebuilds():
    rng = np.random.default_rng(0)
    bases = rng.integers(0, 2**32, size=(40, dedup.NUM_PERM), dtype=np.uint32)
    index = dedup.NearDuplicateIndex(0.5)
    stored: dict[str, np.ndarray] = {}
    for step in range(1200):  # several re-sorts and compactions of the index's arrays
        sig = bases[rng.integers(len(bases))].copy()
        changed = rng.random(dedup.NUM_PERM) < rng.uniform(0.0, 0.8)
        sig[changed] = rng.integers(0, 2**32, size=int(changed.sum()), dtype=np.uint32)
        aid = f"a{rng.integers(600)}"  # ids repeat: re-adding replaces
        index.add(aid, sig)
        stored[aid] = sig
        if step % 7 == 0:
            gone = f"a{rng.integers(600)}"
            assert index.remove(gone) == (stored.pop(gone, None) is not None)
        if step % 50 == 0:
            probe = bases[rng.integers(len(bases))]
            expected = sorted(
                (a, dedup.similarity(probe, s))
                for a, s in stored.items()
                if dedup.similarity(probe, s) >= 0.5
            )
            got = index.query(probe)
            assert sorted(got) == expected or (
                # banding may miss a pair at the threshold with probability < 1%
                set(got) <= set(expected) and len(expected) - len(got) <= 1
            )
    assert len(index) == len(stored)
    assert all(aid in index for aid in stored)


# A signature as the hand-written MinHash before datasketch stored it (scheme "mh1-..."). Stores
# written then hold these until their articles are re-ingested.
OLD_SCHEME = "mh1-w3-p128-s20240607:" + "A" * 684


def test_signatures_of_the_old_scheme_are_refused_and_do_not_stop_ingestion(rag, tmp_path):
    with pytest.raises(ValueError, match="re-ingest"):
        dedup.decode(OLD_SCHEME)
    write(tmp_path / "a" / "story.txt", STORY)
    rag.ingest([tmp_path / "a"])
    # As if "story" had been ingested by the old code.
    rag.store._articles.update(ids=["story"], metadatas=[{"minhash": OLD_SCHEME}])
    assert [m[2] for m in rag.store.minhashes()] == [OLD_SCHEME]
    write(tmp_path / "b" / "copy.txt", SYNDICATED)
    write(tmp_path / "b" / "also.txt", STORY.replace("Tuesday", "Wednesday"))
    report = rag.ingest([tmp_path / "b"])
    # The old signature is not matched; the new articles still find each other.
    assert report.ok and report.added == 2 and report.near_duplicates == 1
