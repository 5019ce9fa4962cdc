extension WallPage {
    /// The style: a dark background, high contrast, type sized to be read across a room on 1920×1080.
    static let style = #"""
        :root { --bg: #0b1220; --panel: #121c30; --line: #24324f; --text: #f2f6ff; --dim: #a9b8d6;
          --hot: #ff4d4f; --warm: #ffb020; --ok: #3ddc84; --accent: #4da3ff; }
        * { box-sizing: border-box; }
        [hidden] { display: none !important; }
        html, body { margin: 0; height: 100%; background: var(--bg); color: var(--text);
          font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; }
        body { display: flex; flex-direction: column; padding: 20px 28px; gap: 18px; overflow: hidden; }
        header { display: flex; align-items: center; gap: 32px; }
        h1 { font-size: 52px; margin: 0; flex: 1; letter-spacing: 2px; }
        #clock { font-size: 52px; font-variant-numeric: tabular-nums; font-weight: 700; }
        .status { font-size: 26px; color: var(--dim); display: flex; align-items: center; gap: 12px; }
        .status .dot { width: 22px; height: 22px; border-radius: 50%; background: var(--warm); }
        .status.live .dot { background: var(--ok); } .status.down .dot { background: var(--hot); }
        #notice { font-size: 40px; line-height: 1.5; padding: 48px; border: 3px solid var(--warm); border-radius: 16px; color: var(--warm); }
        main { flex: 1; display: grid; grid-template-columns: 1fr 1.15fr 1fr; grid-template-rows: auto 1fr; gap: 18px; min-height: 0; }
        .kpis { grid-column: 1 / 4; display: grid; grid-template-columns: repeat(5, 1fr); gap: 18px; }
        .kpi { background: var(--panel); border: 2px solid var(--line); border-radius: 14px; padding: 14px 22px; }
        .kpi-label { font-size: 30px; color: var(--dim); }
        .kpi-value { font-size: 96px; font-weight: 800; line-height: 1.05; font-variant-numeric: tabular-nums; }
        .kpi.hot .kpi-value { color: var(--hot); } .kpi.warm .kpi-value { color: var(--warm); }
        .panel { background: var(--panel); border: 2px solid var(--line); border-radius: 14px; padding: 14px 22px; overflow: hidden; min-height: 0; }
        h2 { font-size: 34px; margin: 4px 0 12px; color: var(--accent); }
        table { width: 100%; border-collapse: collapse; font-size: 32px; table-layout: fixed; }
        th { text-align: left; color: var(--dim); font-weight: 400; font-size: 26px; padding: 4px 0; }
        td { padding: 6px 0; border-top: 1px solid var(--line); }
        th, td { white-space: nowrap; }
        td:first-child { overflow: hidden; text-overflow: ellipsis; }
        th.num, td.num { width: 22%; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; padding-left: 16px; }
        td.hot { color: var(--hot); font-weight: 700; }
        ol { list-style: none; margin: 0; padding: 0; }
        #escalations li { font-size: 30px; padding: 10px 12px; border-top: 1px solid var(--line); display: grid;
          grid-template-columns: auto 1fr auto; gap: 4px 16px; align-items: baseline; }
        #escalations li .tier { font-weight: 800; padding: 2px 12px; border-radius: 8px; background: #2a3a5c; }
        #escalations li .tier.t-overdue, #escalations li .tier.t-notice { background: var(--hot); color: #fff; }
        #escalations li .tier.t-urge, #escalations li .tier.t-leadership { background: var(--warm); color: #111; }
        #escalations li .unit { color: var(--text); overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
        #escalations li .when { color: var(--dim); font-variant-numeric: tabular-nums; }
        #escalations li .case { grid-column: 2 / 4; color: var(--dim); font-size: 26px; }
        #escalations li.fresh { animation: arrive 6s ease-out; }
        @keyframes arrive { 0% { background: var(--hot); } 100% { background: transparent; } }
        .level { font-size: 30px; margin: 6px 0; display: flex; justify-content: space-between; }
        .level .count { font-weight: 800; color: var(--warm); font-size: 40px; }
        .signoff { font-size: 28px; color: var(--dim); display: flex; justify-content: space-between; gap: 12px; padding: 3px 0; }
        .signoff .who { overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
        .signoff .age { color: var(--text); font-variant-numeric: tabular-nums; white-space: nowrap; }
        #top-units li { font-size: 28px; display: flex; justify-content: space-between; gap: 12px; padding: 6px 0; border-top: 1px solid var(--line); }
        #top-units li .name { overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
        #top-units li .num { color: var(--hot); font-weight: 800; font-variant-numeric: tabular-nums; }
        .empty { font-size: 26px; color: var(--dim); padding: 8px 0; }
        """#
}
