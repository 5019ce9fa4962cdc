#!/usr/bin/env python3
"""Generate seeds/events.jsonl: sample intake events of the Changchun 12345 hotline.

About 1,500 cases registered between 2026-10-08 and 2026-11-27 (Asia/Shanghai), seen as the event log
stands at the snapshot instant 2026-11-28T00:00+08:00: cases registered near the end are still open, and
nothing later than the snapshot is written. One JSON object per line, the whole file sorted by instant
(events of a case keep their order), e.g.

    {"id":"12345-20261008-0001-1","case":"12345-20261008-0001","type":"registered",
     "at":"2026-10-08T09:12:00+08:00","actor":"agent-07","category":"road.pothole","urgency":"normal"}

Keys: id (`<case>-<n>`, n counting the case's events from 1), case (`12345-YYYYMMDD-NNNN`, numbered per
registration day in time order), type, at (ISO 8601 with the +08:00 offset), actor (`agent-NN` for the
hotline, the unit id for a unit's actions, `centre` for extension decisions), then the fields of the
type: registered(category, urgency), dispatched(unit, optional resolve_by), closed(optional
satisfaction), reopened(reason), suspended(reason), transferred(to, reason), returned(reason),
extension-requested(days, reason), extension-granted(days), extension-denied(reason). Field values are
strings, except days, a JSON number.

What the cases look like:
- Registration instants: mostly office hours on working days, fewer evenings, nights and rest days
  (working days from policies/calendars/cn-mainland.yaml, with the make-up Saturday 2026-10-10).
- Categories: roads, noise, traffic order and sanitation make about three quarters; the rest is
  heating (rising from mid-October, when Changchun's heating season starts), water, property
  management, consumer rights, wages, consultations and complaints.
- Urgency: urgent about 3% (categories where it makes sense), complex about 7%, else normal.
- Units of seeds/units.yaml that fit the category: the community or street where the appeal is, or a
  city department; units act in office hours, urgent cases round the clock.
- Most cases: registered -> dispatched (same minute or within an hour) -> accepted (within hours) ->
  replied (within the policy's resolve budget; about 3% late) -> closed after the callback (satisfied,
  basically satisfied, about 5% dissatisfied). About half of the consultations are answered at once
  and closed straight from registered.
- Also: returns with a re-dispatch to another unit (~2%), transfers (~4%), extension requests in the
  first working day after acceptance with a decision within a day (~4%), suspensions with a later
  resume (~5%), reopens after a dissatisfied close, accepted and replied again (~3%).

Every case obeys the intake's lifecycle rules; the script checks the whole file against them (and that
units exist, instants never go backwards, the file is sorted) before writing it, and refuses to write
a file that fails.

Deterministic: randomness comes from a generator seeded with a fixed string, so running the script again
writes the same file byte for byte. Usage (from the repository root):

    python3 scripts/seed-events.py            # writes seeds/events.jsonl
    python3 scripts/seed-events.py --check    # checks the committed file, writes nothing
"""

import json
import random
import re
import sys
from collections import Counter
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNITS_FILE = ROOT / "seeds" / "units.yaml"
CALENDAR_FILE = ROOT / "policies" / "calendars" / "cn-mainland.yaml"
OUTPUT = ROOT / "seeds" / "events.jsonl"

SEED = "casewatch-seed-events-2026"
TZ = timezone(timedelta(hours=8))
FIRST_DAY = date(2026, 10, 8)
LAST_DAY = date(2026, 11, 27)
SNAPSHOT = datetime(2026, 11, 28, 0, 0, tzinfo=TZ)
CASES = 1500
AGENTS = 40
WINDOWS = [(time(9, 0), time(12, 0)), (time(13, 0), time(17, 0))]
MINUTE = timedelta(minutes=1)

# Category: weight, and the units that take it: ("community" | "street" | a department id, weight).
CATEGORIES = {
    "road.pothole": (10, [("street", 5), ("cc.chengguan", 3), ("cc.zhujian", 2)]),
    "road.damage": (7, [("street", 4), ("cc.chengguan", 3), ("cc.zhujian", 3)]),
    "road.lighting": (6, [("cc.chengguan", 7), ("street", 3)]),
    "environment.noise": (11, [("community", 5), ("street", 3), ("cc.shengtai", 3)]),
    "traffic.parking": (10, [("cc.jiaojing", 5), ("community", 3), ("street", 2)]),
    "traffic.signal": (4, [("cc.jiaojing", 6), ("cc.jiaotong", 1)]),
    "sanitation.garbage": (15, [("community", 6), ("street", 3), ("cc.chengguan", 2)]),
    "sanitation.cleaning": (12, [("street", 5), ("community", 3), ("cc.chengguan", 2)]),
    "heating.outage": (None, [("cc.gongre", 5), ("community", 3), ("cc.zhujian", 1)]),
    "water.outage": (3, [("cc.gongshui", 6), ("cc.shuiwu", 3)]),
    "housing.property": (5, [("community", 5), ("cc.zhujian", 4), ("street", 1)]),
    "market.consumer": (3, [("cc.shijian", 1)]),
    "labour.wages": (2, [("cc.renshe", 1)]),
    "consultation": (3, [("cc.renshe", 3), ("cc.minzheng", 2), ("cc.jiaoyu", 2), ("cc.weijian", 2), ("cc.zhujian", 1)]),
    "complaint": (1.5, [("street", 3), ("cc.chengguan", 2), ("cc.shijian", 1), ("cc.weijian", 1), ("cc.gongdian", 1)]),
}
URGENT_CATEGORIES = {"road.pothole", "road.damage", "traffic.signal", "environment.noise", "heating.outage", "water.outage"}

# Resolve budgets of policies/hotline.yaml 2026.1: working days for normal and complex, hours for urgent.
RESOLVE_DAYS = {"consultation": 3, "complaint": 15, "road": 10, "environment.noise": 3, "water.outage": 2}
URGENT_HOURS = {"road.pothole": 12, "environment.noise": 4, "water.outage": 12}

DISTRICT_WEIGHTS = {
    "cc.nanguan": 14, "cc.kuancheng": 12, "cc.chaoyang": 15, "cc.erdao": 11,
    "cc.lvyuan": 13, "cc.shuangyang": 5, "cc.jingkai": 6, "cc.jingyue": 6,
}

# Reasons by the kind of unit concerned: a city department, or a grassroots unit (street or community).
RETURN_REASONS = {
    "department": ["该事项非本单位职能，建议派至属地街道", "经核实不属于本部门职责范围"],
    "grassroots": ["经核实不属于本单位管辖范围", "该地址不在本辖区，请重新派单"],
}
TRANSFER_REASONS = {
    "department": ["经核实属{unit}职责", "原承办单位反映非其职责，改派{unit}"],
    "grassroots": ["诉求地点位于{unit}辖区", "经核实属{unit}职责"],
}
SUSPEND_REASONS = ["等待市民提供相关材料", "市民暂不在家，已约定上门时间", "需待第三方检测结果", "需协调产权单位共同处置"]
EXTENSION_REASONS = ["需协调多个部门联合处置", "涉及施工，需待材料到位", "需入户检修，已与市民约定时间", "涉及历史遗留问题，需进一步核实"]
DENIAL_REASONS = ["延期理由不充分，请按期办结", "该事项可在原期限内办结"]
REOPEN_REASONS = ["市民反映问题仍未解决", "市民对处理结果不满意，要求重新办理", "回访核实未实际处置"]


# --- Inputs -------------------------------------------------------------------------------------------

def read_units():
    """The units of seeds/units.yaml: id -> (name, level). Parents are the ids without their last part."""
    pattern = re.compile(r"id: ([A-Za-z0-9_.-]+),?\s*name: ([^,\n]+),?\s*level: (\w+)")
    units = {uid: (name.strip(), level) for uid, name, level in pattern.findall(UNITS_FILE.read_text(encoding="utf-8"))}
    if not units:
        sys.exit(f"no units found in {UNITS_FILE}")
    return units


def read_calendar():
    """The holidays and make-up working days of the cn-mainland calendar."""
    holidays, makeup, section = set(), set(), None
    for line in CALENDAR_FILE.read_text(encoding="utf-8").splitlines():
        if re.match(r"^[a-z_]+:", line):
            section = line.split(":")[0]
        found = re.search(r"date: (\d{4})-(\d{2})-(\d{2})", line)
        if found and section in ("holidays", "makeup_workdays"):
            day = date(*map(int, found.groups()))
            (holidays if section == "holidays" else makeup).add(day)
    return holidays, makeup


# --- Clocks -------------------------------------------------------------------------------------------

class Clock:
    """Working time of the calendar: 09:00-12:00 and 13:00-17:00 on working days."""

    def __init__(self, holidays, makeup):
        self.holidays, self.makeup = holidays, makeup

    def is_working_day(self, day):
        return day in self.makeup or (day.weekday() < 5 and day not in self.holidays)

    def add_working(self, start, minutes):
        """The instant `minutes` of working time after `start` (from the next window when outside one)."""
        t, left = start, minutes
        while True:
            day = t.date()
            if self.is_working_day(day):
                for begin, end in WINDOWS:
                    lo = datetime.combine(day, begin, TZ)
                    hi = datetime.combine(day, end, TZ)
                    if t >= hi:
                        continue
                    t = max(t, lo)
                    available = int((hi - t) / MINUTE)
                    if left <= available:
                        return t + left * MINUTE
                    left -= available
                    t = hi
            t = datetime.combine(day + timedelta(days=1), time(0, 0), TZ)

    def working_minutes(self, start, end):
        """Working minutes in [start, end)."""
        total, day = 0, start.date()
        while day <= end.date():
            if self.is_working_day(day):
                for begin, finish in WINDOWS:
                    lo = max(start, datetime.combine(day, begin, TZ))
                    hi = min(end, datetime.combine(day, finish, TZ))
                    if hi > lo:
                        total += int((hi - lo) / MINUTE)
            day += timedelta(days=1)
        return total

    def end_of_working_days(self, start, days):
        """The close of the `days`-th working day after the start date (次日起 N 个工作日)."""
        day, counted = start.date(), 0
        while counted < days:
            day += timedelta(days=1)
            if self.is_working_day(day):
                counted += 1
        return datetime.combine(day, WINDOWS[-1][1], TZ)


def hotline_hours(t, rng):
    """`t` moved into the callback hours 08:30-20:30 (to the next morning when later)."""
    clock = t.timetz()
    if time(8, 30, tzinfo=TZ) <= clock <= time(20, 30, tzinfo=TZ):
        return t
    day = t.date() if clock < time(8, 30, tzinfo=TZ) else t.date() + timedelta(days=1)
    return datetime.combine(day, time(8, 30), TZ) + rng.randint(0, 90) * MINUTE


# --- Cases --------------------------------------------------------------------------------------------

class Case:
    """The events of one case, appended in time order."""

    def __init__(self, case_id):
        self.id, self.events = case_id, []

    def emit(self, kind, at, actor, **fields):
        if self.events and at < self.events[-1]["_at"]:
            raise AssertionError(f"{self.id}: {kind} at {at} before {self.events[-1]['type']}")
        event = {"id": f"{self.id}-{len(self.events) + 1}", "case": self.id, "type": kind,
                 "at": at.isoformat(), "actor": actor}
        event.update({key: value for key, value in fields.items() if value is not None})
        event["_at"] = at
        self.events.append(event)
        return at


class Generator:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.units = read_units()
        self.clock = Clock(*read_calendar())
        self.streets = {}
        for uid, (_, level) in self.units.items():
            if level == "street":
                district = uid.rsplit(".", 1)[0]
                communities = [c for c, (_, lv) in self.units.items() if lv == "community" and c.rsplit(".", 1)[0] == uid]
                self.streets.setdefault(district, []).append((uid, communities))

    # Registration ------------------------------------------------------------------------------------

    def registration_instants(self):
        """CASES instants over the registration days, more on working days, mostly in the daytime."""
        days = [FIRST_DAY + timedelta(days=n) for n in range((LAST_DAY - FIRST_DAY).days + 1)]
        weights = [(1.0 if self.clock.is_working_day(d) else 0.4) * self.rng.uniform(0.85, 1.15) for d in days]
        shares = [CASES * w / sum(weights) for w in weights]
        counts = [int(s) for s in shares]
        for i in sorted(range(len(days)), key=lambda i: shares[i] - counts[i], reverse=True)[: CASES - sum(counts)]:
            counts[i] += 1
        instants = []
        for day, count in zip(days, counts):
            for _ in range(count):
                roll = self.rng.random()
                if roll < 0.78:
                    minute = self.rng.randint(9 * 60, 17 * 60 - 1)
                elif roll < 0.88:
                    minute = self.rng.choice([self.rng.randint(8 * 60, 9 * 60 - 1), self.rng.randint(17 * 60, 19 * 60 - 1)])
                elif roll < 0.96:
                    minute = self.rng.randint(19 * 60, 23 * 60 - 1)
                else:
                    minute = self.rng.choice([self.rng.randint(23 * 60, 24 * 60 - 1), self.rng.randint(0, 8 * 60 - 1)])
                instants.append(datetime.combine(day, time(0, 0), TZ) + minute * MINUTE)
        return sorted(instants)

    def category(self, at):
        day = at.date()
        heating = 1 if day < date(2026, 10, 15) else (4 if day < date(2026, 10, 20) else 11)
        names = list(CATEGORIES)
        weights = [CATEGORIES[n][0] if CATEGORIES[n][0] is not None else heating for n in names]
        return self.rng.choices(names, weights)[0]

    def urgency(self, category):
        if category in URGENT_CATEGORIES and self.rng.random() < 0.075:
            return "urgent"
        if category != "consultation" and self.rng.random() < 0.075:
            return "complex"
        return "normal"

    # Units -------------------------------------------------------------------------------------------

    def place(self):
        """Where the appeal is: a street and a community of a district, by district population."""
        district = self.rng.choices(list(DISTRICT_WEIGHTS), list(DISTRICT_WEIGHTS.values()))[0]
        street, communities = self.rng.choice(self.streets[district])
        return street, self.rng.choice(communities)

    def unit_for(self, category, place, excluding=None):
        """A unit fitting the category at the place, other than `excluding`."""
        street, community = place
        options = []
        for option, weight in CATEGORIES[category][1]:
            unit = street if option == "street" else community if option == "community" else option
            if unit != excluding and unit not in [u for u, _ in options]:
                options.append((unit, weight))
        if not options:
            options = [(street if excluding != street else community, 1)]
        unit = self.rng.choices([u for u, _ in options], [w for _, w in options])[0]
        assert unit in self.units, unit
        return unit

    def kind(self, unit):
        return "department" if self.units[unit][1] == "department" else "grassroots"

    # Timing ------------------------------------------------------------------------------------------

    def unit_act(self, t, urgent, low, high):
        """When a unit acts, low-high minutes later: wall-clock when urgent, else working time."""
        minutes = self.rng.randint(low, high)
        return t + minutes * MINUTE if urgent else self.clock.add_working(t, minutes)

    def resolve_due(self, category, urgency, dispatched_at, extension_days):
        if urgency == "urgent":
            return dispatched_at + URGENT_HOURS.get(category, 24) * timedelta(hours=1)
        if urgency == "complex":
            days = 15
        else:
            days = RESOLVE_DAYS.get(category, RESOLVE_DAYS.get(category.split(".")[0], 5))
        return self.clock.end_of_working_days(dispatched_at, days + extension_days)

    def satisfaction(self, weights=(0.78, 0.17, 0.05)):
        if self.rng.random() < 0.02:
            return None  # the citizen could not be reached at the callback
        return self.rng.choices(["satisfied", "basically-satisfied", "dissatisfied"], weights)[0]

    def agent(self):
        return f"agent-{self.rng.randint(1, AGENTS):02d}"

    # One case ----------------------------------------------------------------------------------------

    def case(self, case_id, registered_at):
        rng, case = self.rng, Case(case_id)
        agent = self.agent()
        category = self.category(registered_at)
        urgency = self.urgency(category)
        urgent = urgency == "urgent"
        t = case.emit("registered", registered_at, agent, category=category, urgency=urgency)

        if category == "consultation" and rng.random() < 0.5:
            answered = t + rng.randint(3, 15) * MINUTE
            case.emit("closed", answered, agent, satisfaction=self.satisfaction((0.9, 0.1, 0.0)))
            return case

        place = self.place()
        unit = self.unit_for(category, place)
        t += (0 if rng.random() < 0.5 else rng.randint(1, 60)) * MINUTE
        resolve_by = None
        if urgency == "complex" and rng.random() < 0.4:
            resolve_by = self.clock.end_of_working_days(t, rng.choice([10, 12, 20])).isoformat()
        dispatched_at = case.emit("dispatched", t, agent, unit=unit, resolve_by=resolve_by)

        # A return (退单) or a transfer (改派), before or after the first unit accepts.
        incident = rng.choices(["none", "return", "transfer"], [0.94, 0.02, 0.04])[0]
        if incident != "none":
            if rng.random() < 0.45:
                t = case.emit("accepted", self.unit_act(t, urgent, 5, 120), unit)
            t = self.unit_act(t, urgent, 20, 300)
            new_unit = self.unit_for(category, place, excluding=unit)
            if incident == "return":
                t = case.emit("returned", t, unit, reason=rng.choice(RETURN_REASONS[self.kind(unit)]))
                t = dispatched_at = case.emit("dispatched", t + rng.randint(5, 90) * MINUTE, self.agent(), unit=new_unit)
            else:
                name = self.units[new_unit][0]
                reason = rng.choice(TRANSFER_REASONS[self.kind(new_unit)]).format(unit=name)
                t = dispatched_at = case.emit("transferred", t, self.agent(), to=new_unit, reason=reason)
            unit = new_unit

        late_accept = rng.random() < 0.01
        t = accepted_at = case.emit(
            "accepted", self.unit_act(t, urgent, 900, 1500) if late_accept else self.unit_act(t, urgent, 3, 25) if urgent
            else self.unit_act(t, urgent, 10, 300), unit)

        # Extension request (延期) within the first working day after acceptance, decided within a day.
        granted = 0
        if not urgent and rng.random() < 0.04:
            asked = rng.randint(2, 10)
            t = case.emit("extension-requested", self.clock.add_working(t, rng.randint(30, 400)), unit,
                          days=asked, reason=rng.choice(EXTENSION_REASONS))
            decided = self.clock.add_working(t, rng.randint(30, 420))
            if rng.random() < 0.75:
                granted = asked if rng.random() < 0.7 else rng.randint(1, asked)
                t = case.emit("extension-granted", decided, "centre", days=granted)
            else:
                t = case.emit("extension-denied", decided, "centre", reason=rng.choice(DENIAL_REASONS))

        # The reply, as a share of the resolve budget; about 3% late.
        due = self.resolve_due(category, urgency, dispatched_at, granted)
        budget = (due - accepted_at) / MINUTE if urgent else self.clock.working_minutes(accepted_at, due)
        share = rng.uniform(1.05, 2.0) if rng.random() < 0.03 else rng.betavariate(2, 3) * 0.95
        work = max(int(budget * share), 20)
        done_before = (t - accepted_at) / MINUTE if urgent else self.clock.working_minutes(accepted_at, t)
        work = max(work - int(done_before), 15)

        # A suspension (挂起) part-way through the work, resumed one to five days later.
        if not urgent and rng.random() < 0.05:
            part = rng.randint(10, max(10, work // 2))
            t = case.emit("suspended", self.clock.add_working(t, part), unit, reason=rng.choice(SUSPEND_REASONS))
            resume = self.clock.add_working(t + rng.randint(1, 5) * timedelta(days=1), rng.randint(0, 120))
            t = case.emit("resumed", resume, unit)
            work -= part

        t = case.emit("replied", t + work * MINUTE if urgent else self.clock.add_working(t, work), unit)
        t = self.close(case, t)
        if t is None or rng.random() >= 0.75:
            return case

        # Reopened (重办) after a dissatisfied callback: the same unit accepts and replies again.
        t = case.emit("reopened", t + rng.randint(2, 30) * MINUTE, self.agent(), reason=rng.choice(REOPEN_REASONS))
        t = case.emit("accepted", self.unit_act(t, urgent, 10, 300), unit)
        t = case.emit("replied", self.unit_act(t, urgent, 60, 1800), unit)
        self.close(case, t, weights=(0.55, 0.4, 0.05))
        return case

    def close(self, case, replied_at, weights=(0.78, 0.17, 0.05)):
        """The callback and close; the close instant when the citizen was dissatisfied, else None."""
        at = hotline_hours(replied_at + self.rng.randint(120, 48 * 60) * MINUTE, self.rng)
        satisfaction = self.satisfaction(weights)
        case.emit("closed", at, self.agent(), satisfaction=satisfaction)
        return at if satisfaction == "dissatisfied" else None

    def events(self):
        per_day, cases = Counter(), []
        for at in self.registration_instants():
            per_day[at.date()] += 1
            case_id = f"12345-{at:%Y%m%d}-{per_day[at.date()]:04d}"
            cases.append(self.case(case_id, at))
        events = [e for case in cases for e in case.events if e["_at"] < SNAPSHOT]
        events.sort(key=lambda e: (e["_at"], e["case"], int(e["id"].rsplit("-", 1)[1])))
        return events


# --- Output and checks --------------------------------------------------------------------------------

FIELD_ORDER = ["category", "urgency", "unit", "resolve_by", "satisfaction", "to", "days", "reason"]


def line(event):
    ordered = {key: event[key] for key in ["id", "case", "type", "at", "actor"]}
    ordered.update({key: event[key] for key in FIELD_ORDER if key in event})
    return json.dumps(ordered, ensure_ascii=False, separators=(",", ":"))


FIELDS = {
    "registered": ({"category", "urgency"}, {"policy_version"}),
    "dispatched": ({"unit"}, {"resolve_by"}),
    "accepted": (set(), set()), "replied": (set(), set()), "resumed": (set(), set()),
    "closed": (set(), {"satisfaction"}),
    "reopened": (set(), {"reason"}), "suspended": (set(), {"reason"}), "extension-denied": (set(), {"reason"}),
    "transferred": ({"to"}, {"reason"}),
    "returned": ({"reason"}, set()),
    "extension-requested": ({"days", "reason"}, set()),
    "extension-granted": ({"days"}, set()),
}


def check(lines, units):
    """Every problem of the file against the intake's rules; an empty list when it has none."""
    problems, cases, ids, previous = [], {}, set(), None
    for number, text in enumerate(lines, 1):
        def bad(message):
            problems.append(f"line {number}: {message}")
        event = json.loads(text)
        at = datetime.fromisoformat(event["at"])
        if at.utcoffset() != timedelta(hours=8) or at >= SNAPSHOT:
            bad(f"instant {event['at']} is not +08:00 before the snapshot")
        if previous and at < previous:
            bad("the file is not sorted by instant")
        previous = at
        if event["id"] in ids:
            bad(f"event id {event['id']} repeated")
        ids.add(event["id"])
        kind = event["type"]
        required, optional = FIELDS[kind]
        fields = set(event) - {"id", "case", "type", "at", "actor"}
        if not required <= fields or not fields <= required | optional:
            bad(f"{kind} has fields {sorted(fields)}")
        for key in ("unit", "to"):
            if key in event and event[key] not in units:
                bad(f"unknown unit {event[key]}")
        if not re.fullmatch(r"agent-\d\d|centre|cc(\.[a-z0-9-]+)*", event["actor"]):
            bad(f"actor {event['actor']}")
        state = cases.get(event["case"])
        if state is None:
            if kind != "registered":
                bad(f"the first event of {event['case']} is {kind}")
                continue
            cases[event["case"]] = {"status": "registered", "unit": None, "pending": None, "before": None, "at": at}
            continue
        if at < state["at"]:
            bad(f"{event['case']} goes back in time")
        state["at"] = at
        status = state["status"]
        if status == "suspended" and kind not in ("resumed", "extension-granted", "extension-denied"):
            bad(f"{kind} while suspended")
        elif status == "closed" and kind != "reopened":
            bad(f"{kind} after closed")
        elif kind == "registered":
            bad("registered twice")
        elif kind == "dispatched":
            if status not in ("registered", "returned"):
                bad(f"dispatched when {status}")
            state.update(status="dispatched", unit=event["unit"])
        elif kind == "accepted":
            if status != "dispatched":
                bad(f"accepted when {status}")
            state["status"] = "accepted"
        elif kind == "replied":
            if status not in ("dispatched", "accepted"):
                bad(f"replied when {status}")
            state["status"] = "replied"
        elif kind == "closed":
            if status not in ("replied", "registered"):
                bad(f"closed when {status}")
            state["status"] = "closed"
        elif kind == "reopened":
            if status not in ("replied", "closed"):
                bad(f"reopened when {status}")
            state["status"] = "dispatched"
        elif kind == "suspended":
            if status not in ("dispatched", "accepted"):
                bad(f"suspended when {status}")
            state.update(status="suspended", before=status)
        elif kind == "resumed":
            if status != "suspended":
                bad(f"resumed when {status}")
            state["status"] = state["before"]
        elif kind == "transferred":
            if status not in ("dispatched", "accepted") or event["to"] == state["unit"]:
                bad(f"transferred when {status} to {event['to']}")
            state.update(status="dispatched", unit=event["to"])
        elif kind == "returned":
            if status not in ("dispatched", "accepted"):
                bad(f"returned when {status}")
            state.update(status="returned", unit=None)
        elif kind == "extension-requested":
            if status not in ("dispatched", "accepted") or state["pending"] or not 1 <= event["days"] <= 10:
                bad(f"extension requested when {status}, pending {state['pending']}")
            state["pending"] = event["days"]
        elif kind in ("extension-granted", "extension-denied"):
            if not state["pending"] or (kind == "extension-granted" and not 1 <= event["days"] <= state["pending"]):
                bad(f"{kind} with request {state['pending']}")
            state["pending"] = None
    return problems


def summary(lines):
    events = [json.loads(text) for text in lines]
    registered = [e for e in events if e["type"] == "registered"]
    last = {}
    for e in events:
        last[e["case"]] = e["type"]
    categories = Counter(e["category"] for e in registered)
    main = sum(n for c, n in categories.items() if c.split(".")[0] in ("road", "environment", "traffic", "sanitation"))
    report = [
        f"{len(registered)} cases, {len(events)} events; open at the snapshot: "
        f"{sum(1 for t in last.values() if t != 'closed')}",
        "events: " + ", ".join(f"{t} {n}" for t, n in Counter(e["type"] for e in events).most_common()),
        "urgency: " + ", ".join(f"{u} {n}" for u, n in Counter(e["urgency"] for e in registered).most_common()),
        f"roads, noise, traffic, sanitation: {main / len(registered):.0%}; "
        + ", ".join(f"{c} {n}" for c, n in categories.most_common()),
        "satisfaction: " + ", ".join(f"{s} {n}" for s, n in Counter(
            e.get("satisfaction", "-") for e in events if e["type"] == "closed").most_common()),
    ]
    return "\n".join(report)


def main():
    units = set(read_units())
    if "--check" in sys.argv[1:]:
        lines = OUTPUT.read_text(encoding="utf-8").splitlines()
    else:
        lines = [line(event) for event in Generator().events()]
    problems = check(lines, units)
    if problems:
        sys.exit("\n".join(problems[:50]) + f"\n{len(problems)} problems; nothing written")
    if "--check" not in sys.argv[1:]:
        OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {OUTPUT}")
    print(summary(lines))


if __name__ == "__main__":
    main()
