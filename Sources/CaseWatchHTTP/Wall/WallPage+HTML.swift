extension WallPage {
    /// The document; `{{…}}` are filled in by ``html(_:)``. Elements the script fills carry ids; every
    /// escalation row carries `data-case` and `data-tier` (what the browser test looks for).
    static let template = #"""
        <!DOCTYPE html>
        <html lang="{{LANG}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <title>{{TITLE}}</title>
        <style>{{STYLE}}</style>
        </head>
        <body>
        <header>
          <h1 id="title">{{TITLE}}</h1>
          <div id="status" class="status connecting"><span class="dot"></span><span id="status-text"></span></div>
          <div id="clock">--:--:--</div>
        </header>
        <div id="notice" hidden></div>
        <main id="wall">
          <section class="kpis">
            <div class="kpi"><div class="kpi-label" data-label="open"></div><div class="kpi-value" id="kpi-open">–</div></div>
            <div class="kpi hot"><div class="kpi-label" data-label="overdue"></div><div class="kpi-value" id="kpi-overdue">–</div></div>
            <div class="kpi warm"><div class="kpi-label" data-label="dueHour"></div><div class="kpi-value" id="kpi-due-hour">–</div></div>
            <div class="kpi"><div class="kpi-label" data-label="dueToday"></div><div class="kpi-value" id="kpi-due-today">–</div></div>
            <div class="kpi warm"><div class="kpi-label" data-label="signoffsPending"></div><div class="kpi-value" id="kpi-signoffs">–</div></div>
          </section>
          <section class="panel districts">
            <h2 data-label="districts"></h2>
            <table><thead><tr><th data-label="district"></th><th class="num" data-label="openShort"></th><th class="num" data-label="overdueShort"></th></tr></thead>
            <tbody id="districts"></tbody></table>
          </section>
          <section class="panel escalations">
            <h2 data-label="escalations"></h2>
            <ol id="escalations"></ol>
          </section>
          <section class="panel side">
            <h2 data-label="signoffs"></h2>
            <div id="signoffs"></div>
            <h2 data-label="topUnits"></h2>
            <ol id="top-units"></ol>
          </section>
        </main>
        <script>{{SCRIPT}}</script>
        </body>
        </html>
        """#
}
