"""Property test of the run snapshot: a seeds folder evolves by random steps, and after each one
the JSON of a cached run (state folder, analysis cache, run snapshot) is byte for byte the JSON
of a ``--no-cache`` run over the same folder, config, window and clock.

The steps are those a real seeds folder and its schedules see: articles added anywhere in path
order (``.md`` beside ``.txt``: one stem, two ids), the wire story reprinted by several; a
sentence, a date line or a dateline (year-less date, outlet) edited; files removed, renamed,
touched without change; the config's summary length and user sections changed (another
schedule's cues on the same state folder);
the run date moved (year-less date lines read relative to it) and the --since/--until window
moved; the snapshot damaged or cut short, the cache database deleted.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from briefing.cache import FILE_NAME, opened
from briefing.config import Config, SectionConfig
from briefing.errors import ReadError
from briefing.pipeline import RunOptions, run

#: Facts in two or three wordings each: a reprint, a paraphrase, a near-duplicate with another
#: number (another fact), so that groups merge across articles and split when one goes.
FACTS = (
    (
        "The foreign ministers of Karelia and Ostmark signed a protocol on the demarcation of their border in Velgrad.",
        "Karelia and Ostmark signed a border demarcation protocol in Velgrad, officials said.",
        "The foreign ministers of Karelia and Ostmark signed a protocol on the demarcation of their border in Velgrad "
        "on Tuesday.",
    ),
    (
        "The defence ministers agreed to hold joint drills against drug trafficking in the spring.",
        "The defence ministers agreed to hold joint drills against drug trafficking in the spring, a spokesman said.",
    ),
    (
        "Prime Minister Lena Varga proposed to set up a regional fund for drinking water projects.",
        "Lena Varga proposed a regional fund for drinking water projects.",
    ),
    (
        "The senate of Ostmark ratified the convention on road transport by 64 votes to 3.",
        "The senate of Ostmark ratified the convention on road transport by 61 votes to 3.",
    ),
    (
        "Customs services of Uzbekistan and Turkmenistan will open a joint checkpoint at the border from June.",
        "From June, customs services of Uzbekistan and Turkmenistan will open a joint checkpoint at the border.",
    ),
    (
        "The cabinet of Karelia approved resolution 48 on grain exports.",
        "The cabinet of Karelia approved resolution 480 on grain exports.",
    ),
    (
        "In May 2024, the leaders of Kazakhstan and Kyrgyzstan signed a treaty on water sharing.",
        "The leaders of Kazakhstan and Kyrgyzstan signed a treaty on water sharing last week.",
    ),
    (
        "This newspaper urges the government to publish the text of the security pact.",
        "President Omar Dulat called for a ban on unlicensed drones near the border.",
    ),
)
#: Sentences no section takes: they compete for the executive summary only.
PLAIN = (
    "Snow fell over Velgrad and the airport closed for two hours.",
    "The delegations toured the new library of the university after the talks.",
    "Analysts in Kazakhstan recalled the long history of the dispute.",
    "Minister Pavel Orlov of Ostmark thanked the hosts at a reception.",
    "Talks will continue next Monday, the ministry said.",
)
#: Printed by most articles: its LSH buckets grow past the small-bucket size.
WIRE = "The summit of the heads of state of Central Asia opened in Velgrad with a joint statement on regional security."
#: Read with the article's metadata: the outlet of its dateline ("This newspaper"), its year.
VOICE, DATED = FACTS[7][0], FACTS[6][0]
#: The pool articles are drawn from, those two sentences more often than the rest (an edited
#: date line or dateline changes what they say, though the paragraphs stay the same).
SENTENCES = tuple(s for wordings in FACTS for s in wordings) + PLAIN + (WIRE,) + (VOICE, DATED) * 3

MONTHS = ("January", "March", "June", "November", "December")
OUTLETS = ("The Velgrad Herald", "Ostmark Today")
START = dt.datetime(2025, 3, 20, 9, 0, tzinfo=dt.UTC)
#: File names: "b.txt" and "b.md" both read as article "b", so one of them is given another id.
NAMES = st.builds(str.__add__, st.text("abcdefghij", min_size=1, max_size=3), st.sampled_from((".txt", ".txt", ".md")))


class SeedsFolder(RuleBasedStateMachine):
    """A seeds folder, a state folder and a config that change step by step."""

    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="briefing-props-"))
        self.seeds = self.root / "seeds"
        self.state = self.root / "state"
        self.seeds.mkdir()
        self.state.mkdir()
        self.now = START
        self.summary_items = 4
        self.energy = False
        self.since: dt.date | None = None
        self.until: dt.date | None = None
        self.files: dict[str, list[str]] = {}  # name -> sentences
        self.dates: dict[str, str] = {}  # name -> date line ("" for none)
        #: name -> the first paragraph's dateline: place, maybe a year-less date, outlet ("" for none)
        self.datelines: dict[str, str] = {}

    def teardown(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    # -- the folder --------------------------------------------------------------------------

    def _write(self, name: str) -> None:
        head = f"{self.dates[name]}\n\n" if self.dates[name] else ""
        body = self.datelines.get(name, "") + " ".join(dict.fromkeys(self.files[name]))
        (self.seeds / name).write_text(f"{head}Report {name}\n\n{body}\n", encoding="utf-8")

    @initialize(
        sentences=st.lists(st.lists(st.sampled_from(SENTENCES), min_size=2, max_size=5), min_size=3, max_size=6),
        days=st.lists(st.integers(0, 40), min_size=6, max_size=6),
    )
    def start(self, sentences: list[list[str]], days: list[int]) -> None:
        for n, (picked, day) in enumerate(zip(sentences, days, strict=False)):
            name = f"f{n}.txt"
            self.files[name] = [*picked, WIRE] if n % 3 else [VOICE, *picked]
            self.dates[name] = (START.date() - dt.timedelta(days=day)).strftime("%B %d, %Y")
            if n % 2:
                self.datelines[name] = f"Velgrad, {OUTLETS[n % 4 // 2]}: "
            self._write(name)

    @rule(name=NAMES, picked=st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=5), day=st.integers(0, 60))
    def add(self, name: str, picked: list[str], day: int) -> None:
        if name in self.files:
            return
        self.files[name] = picked
        # A full date line, a dateline with a year-less date (read relative to the run date), or
        # no date at all (the file's mtime stands for it).
        kind = day % 3
        date = self.now.date() - dt.timedelta(days=day)
        self.dates[name] = date.strftime("%B %d, %Y") if kind == 1 else ""
        if kind == 2:
            self.datelines[name] = f"Velgrad, {MONTHS[day % len(MONTHS)]} {1 + day % 28}, {OUTLETS[day % 2]}: "
        self._write(name)

    @rule(names=st.lists(NAMES, min_size=3, max_size=6, unique=True), fact=st.sampled_from(SENTENCES))
    def add_wire_copies(self, names: list[str], fact: str) -> None:
        """Several articles reprinting the wire story: its buckets grow past the small-bucket
        size, where only the first member is compared with the others."""
        for n, name in enumerate(names):
            if name not in self.files:
                self.files[name] = [WIRE, fact] if n % 2 else [fact, WIRE]
                self.dates[name] = ""
                self._write(name)

    @rule(data=st.data(), sentence=st.sampled_from(SENTENCES))
    def edit_sentence(self, data: st.DataObject, sentence: str) -> None:
        if not self.files:
            return
        name = data.draw(st.sampled_from(sorted(self.files)))
        at = data.draw(st.integers(0, len(self.files[name]) - 1))
        self.files[name][at] = sentence
        self._write(name)

    @rule(data=st.data(), month=st.sampled_from(MONTHS), day=st.integers(1, 28), year=st.sampled_from((0, 2024, 2025)))
    def edit_date_line(self, data: st.DataObject, month: str, day: int, year: int) -> None:
        """Another date line (in the year of a sentence's "In May 2024", or after it), or none."""
        if not self.files:
            return
        name = data.draw(st.sampled_from(sorted(self.files)))
        self.dates[name] = f"{month} {day}, {year}" if year else ""
        self._write(name)

    @rule(
        data=st.data(),
        month=st.none() | st.sampled_from(MONTHS),
        day=st.integers(1, 28),
        outlet=st.none() | st.sampled_from(OUTLETS),
    )
    def edit_dateline(self, data: st.DataObject, month: str | None, day: int, outlet: str | None) -> None:
        """The first paragraph's dateline: another year-less date, another outlet, or none."""
        if not self.files:
            return
        name = data.draw(st.sampled_from(sorted(self.files)))
        parts = [p for p in ("Velgrad", month and f"{month} {day}", outlet) if p]
        self.datelines[name] = ", ".join(parts) + ": " if len(parts) > 1 else ""
        self._write(name)

    @rule(data=st.data())
    def remove(self, data: st.DataObject) -> None:
        if len(self.files) > 1:
            name = data.draw(st.sampled_from(sorted(self.files)))
            (self.seeds / name).unlink()
            del self.files[name], self.dates[name]
            self.datelines.pop(name, None)

    @rule(data=st.data(), new=NAMES)
    def rename(self, data: st.DataObject, new: str) -> None:
        if not self.files or new in self.files:
            return
        old = data.draw(st.sampled_from(sorted(self.files)))
        (self.seeds / old).rename(self.seeds / new)
        self.files[new], self.dates[new] = self.files.pop(old), self.dates.pop(old)
        if old in self.datelines:
            self.datelines[new] = self.datelines.pop(old)

    @rule(data=st.data(), days=st.integers(-30, 30))
    def touch(self, data: st.DataObject, days: int) -> None:
        """The same bytes with another mtime (an undated article's date is its file's)."""
        if self.files:
            name = data.draw(st.sampled_from(sorted(self.files)))
            when = (self.now + dt.timedelta(days=days)).timestamp()
            os.utime(self.seeds / name, (when, when))

    # -- the config, the clock and the window ------------------------------------------------

    @rule(items=st.integers(0, 6))
    def summary_length(self, items: int) -> None:
        self.summary_items = items

    @rule()
    def toggle_user_section(self) -> None:
        """Another schedule on the same state folder: other cues, another snapshot."""
        self.energy = not self.energy

    @rule(days=st.sampled_from((1, 7, 120, 300)))
    def later(self, days: int) -> None:
        """The next run, some days on (past a new year, year-less dates are read otherwise)."""
        self.now += dt.timedelta(days=days)

    @rule(since=st.none() | st.integers(0, 60), until=st.none() | st.integers(0, 20))
    def window(self, since: int | None, until: int | None) -> None:
        today = self.now.date()
        self.since = None if since is None else today - dt.timedelta(days=since)
        self.until = None if until is None else today - dt.timedelta(days=until)

    # -- the state folder ---------------------------------------------------------------------

    @rule(cut=st.integers(0, 200), flip=st.booleans())
    def damage_snapshot(self, cut: int, flip: bool) -> None:
        for path in sorted(self.state.glob("snapshot-*.bin")):
            data = path.read_bytes()
            if flip and data:
                at = len(data) - 1 - cut % len(data)
                path.write_bytes(data[:at] + bytes([data[at] ^ 0x20]) + data[at + 1 :])
            else:
                path.write_bytes(data[: max(0, len(data) - 1 - cut)])

    @rule()
    def delete_cache_database(self) -> None:
        for path in self.state.glob(f"{FILE_NAME}*"):
            path.unlink()

    # -- the property ------------------------------------------------------------------------

    def _config(self) -> Config:
        sections = {"energy": SectionConfig("Energy", ("water", "grain"))} if self.energy else {}
        return Config(
            seeds=self.seeds,
            state=self.state,
            formats=("json",),
            summary_items=self.summary_items,
            sections=sections,
        )

    def _json(self, cached: bool) -> bytes | str:
        config = self._config()
        out = self.root / ("cached.json" if cached else "plain.json")
        options = RunOptions(formats=("json",), output=out, since=self.since, until=self.until)
        try:
            with opened(self.state, self.now.date(), enabled=cached) as cache:
                run(config, now=self.now, options=options, cache=cache)
        except ReadError as err:
            return str(err)
        return out.read_bytes()

    @invariant()
    def cached_run_writes_the_no_cache_json(self) -> None:
        cached = self._json(cached=True)
        plain = self._json(cached=False)
        assert cached == plain


SeedsFolder.TestCase.settings = settings(
    max_examples=50,
    stateful_step_count=25,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
TestSeedsFolder = SeedsFolder.TestCase
