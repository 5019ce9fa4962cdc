extension WallPage {
    /// The script: reads the key from `#key=…`, follows `/v1/wall/stream` with an `EventSource`, draws each
    /// summary, puts each escalation on top of the list (highlighted as it arrives), and once a second moves
    /// its clock, the due counts and the ages on, from the daemon's time (the summary's `now`).
    static let script = #"""
        "use strict";
        const L = {{LABELS}};
        const $ = (id) => document.getElementById(id);
        const MAX_ESCALATIONS = 30;
        let skew = 0, zoneOffset = null, deadlines = [], signoffAges = [], shown = new Set();
        let summaryAt = 0, overdueAtSummary = 0;

        for (const el of document.querySelectorAll("[data-label]")) el.textContent = L[el.dataset.label] || "";

        function el(tag, cls, text) {
          const e = document.createElement(tag);
          if (cls) e.className = cls;
          if (text !== undefined) e.textContent = text;
          return e;
        }
        function offsetOf(text) {
          const m = /([+-])(\d\d):(\d\d)$/.exec(text);
          return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60000 : 0;
        }
        function daemonNow() { return Date.now() + skew; }
        function local(ms) {
          const d = new Date(ms + (zoneOffset || 0));
          return d.toISOString().slice(11, 19);
        }
        function today() {
          return new Date(daemonNow() + (zoneOffset || 0)).toISOString().slice(0, 10);
        }
        function age(ms) {
          const m = Math.max(0, Math.floor(ms / 60000)), d = Math.floor(m / 1440), h = Math.floor(m % 1440 / 60);
          if (d > 0) return d + L.days + h + L.hours;
          if (h > 0) return h + L.hours + (m % 60) + L.minutes;
          return (m % 60) + L.minutes;
        }
        function setStatus(kind, text) {
          $("status").className = "status " + kind;
          $("status-text").textContent = text;
        }

        function tick() {
          const now = daemonNow();
          if (zoneOffset !== null) $("clock").textContent = local(now);
          // Deadlines passed since the summary are overdue now.
          let hour = 0, today = 0, passed = 0;
          for (const t of deadlines) {
            if (t < now) {
              if (t >= summaryAt) passed++;
              continue;
            }
            today++;
            if (t < now + 3600000) hour++;
          }
          if (zoneOffset !== null) {
            $("kpi-due-hour").textContent = hour;
            $("kpi-due-today").textContent = today;
            $("kpi-overdue").textContent = overdueAtSummary + passed;
          }
          for (const [node, since] of signoffAges) node.textContent = L.waiting + " " + age(now - since);
        }

        function drawDistricts(rows) {
          const body = $("districts");
          body.replaceChildren();
          for (const r of rows) {
            const tr = el("tr");
            tr.append(el("td", "", r.name || L[r.kind] || r.kind), el("td", "num", r.open), el("td", "num" + (r.overdue ? " hot" : ""), r.overdue));
            body.append(tr);
          }
        }

        function drawSignoffs(levels) {
          const box = $("signoffs");
          box.replaceChildren();
          signoffAges = [];
          if (!levels.length) { box.append(el("div", "empty", L.noSignoffs)); return; }
          for (const level of levels) {
            const head = el("div", "level");
            head.append(el("span", "", L["level." + level.level] || level.level), el("span", "count", level.count));
            box.append(head);
            for (const s of level.oldest) {
              const row = el("div", "signoff");
              const ageNode = el("span", "age");
              const who = el("span", "who", s.unit_name);
              who.title = s.case_id;
              row.append(who, ageNode);
              signoffAges.push([ageNode, Date.parse(s.waiting_since)]);
              box.append(row);
            }
          }
        }

        function drawTopUnits(units) {
          const list = $("top-units");
          list.replaceChildren();
          if (!units.length) { list.append(el("li", "empty", L.noOverdue)); return; }
          for (const u of units) {
            const li = el("li");
            li.append(el("span", "name", (u.district && u.district !== u.name ? u.district + " " : "") + u.name), el("span", "num", u.overdue));
            list.append(li);
          }
        }

        function addEscalation(e, fresh) {
          if (shown.has(e.id)) return;
          shown.add(e.id);
          const list = $("escalations");
          const empty = list.querySelector(".empty");
          if (empty) empty.remove();
          const li = el("li", fresh ? "fresh" : "");
          li.dataset.id = e.id;
          li.dataset.case = e.case_id;
          li.dataset.tier = e.tier;
          li.append(
            el("span", "tier t-" + e.tier, L["tier." + e.tier] || e.tier),
            el("span", "unit", e.unit_name || e.unit),
            el("span", "when", (e.detected_at.slice(0, 10) === today() ? "" : e.detected_at.slice(5, 10) + " ") + e.detected_at.slice(11, 16)),
            el("span", "case", e.case_id + (e.late_seconds > 59 ? " · " + L.late + " " + age(e.late_seconds * 1000) : ""))
          );
          const items = [...list.children];
          const before = items.find((x) => Number(x.dataset.id) < Number(e.id));
          list.insertBefore(li, before || null);
          while (list.children.length > MAX_ESCALATIONS) list.lastElementChild.remove();
        }

        function summary(s) {
          const now = Date.parse(s.now);
          skew = now - Date.now();
          zoneOffset = offsetOf(s.now);
          $("kpi-open").textContent = s.totals.open;
          summaryAt = now;
          overdueAtSummary = s.totals.overdue;
          $("kpi-signoffs").textContent = s.signoffs.reduce((n, l) => n + l.count, 0);
          deadlines = s.deadlines.instants.map(Date.parse);
          drawDistricts(s.districts);
          drawSignoffs(s.signoffs);
          drawTopUnits(s.top_units);
          for (const e of s.recent_escalations.slice().reverse()) addEscalation(e, false);
          if (!$("escalations").children.length) $("escalations").append(el("li", "empty", L.noEscalations));
          tick();
        }

        function start() {
          const key = new URLSearchParams(location.hash.slice(1)).get("key");
          if (!key) {
            $("wall").hidden = true;
            $("notice").hidden = false;
            $("notice").textContent = L.noKey;
            setStatus("down", "");
            return;
          }
          setStatus("connecting", L.connecting);
          const source = new EventSource("/v1/wall/stream?access_token=" + encodeURIComponent(key));
          // A stream that ends is reopened at once (the daemon restarting): only a reconnection that
          // takes longer than a few seconds is shown.
          let lost = null;
          source.onopen = () => {
            clearTimeout(lost);
            lost = null;
            setStatus("live", L.live);
          };
          source.onerror = () => {
            if (source.readyState === EventSource.CLOSED) {
              setStatus("down", L.refused);
            } else if (lost === null) {
              lost = setTimeout(() => setStatus("down", L.reconnecting), 5000);
            }
          };
          source.addEventListener("summary", (m) => summary(JSON.parse(m.data)));
          source.addEventListener("escalation", (m) => addEscalation(JSON.parse(m.data), true));
          setInterval(tick, 1000);
        }
        start();
        """#
}
