/// The report page's inline style sheet: light backgrounds, system and CJK fonts (no web fonts), and a
/// print layout on landscape A4 with page breaks between sections and table headers repeated.
enum AssessmentHTMLStyle {
    /// The CSS.
    static let css = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; padding: 24px 32px; background: #fff; color: #1d2430;
          font: 13px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC",
            "Microsoft YaHei", "Source Han Sans SC", sans-serif; }
        header { border-bottom: 3px solid #3b7dd8; padding-bottom: 10px; margin-bottom: 16px; }
        h1 { font-size: 24px; margin: 0 0 4px; }
        h2 { font-size: 17px; margin: 26px 0 8px; border-left: 4px solid #3b7dd8; padding-left: 8px; break-after: avoid; }
        .sub { color: #5b6472; margin: 0; }
        .cards { display: flex; flex-wrap: wrap; gap: 10px; margin: 14px 0; }
        .card { border: 1px solid #dde1e7; border-radius: 6px; padding: 8px 14px; min-width: 150px; }
        .card b { display: block; font-size: 20px; }
        .card span { color: #5b6472; font-size: 12px; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border-bottom: 1px solid #e4e7ec; padding: 3px 6px; vertical-align: middle; }
        th { background: #f3f5f8; font-weight: 600; font-size: 12px; text-align: center; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.t { text-align: left; }
        td.below { color: #b4441b; font-weight: 600; }
        tr.small td { color: #7a8290; font-style: italic; }
        tfoot td { border-top: 2px solid #1d2430; font-weight: 600; background: #f8f9fb; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        .wide { overflow-x: auto; }
        .ranking { font-size: 11px; }
        .ranking th { font-size: 11px; padding: 3px 4px; }
        .ranking td { padding: 2px 4px; }
        .ranking td.name { min-width: 10em; }
        .charts td { padding: 2px 6px; }
        svg.bar { display: block; }
        .legend { display: flex; flex-wrap: wrap; gap: 14px; margin: 4px 0 8px; color: #5b6472; font-size: 12px; }
        .legend i { display: inline-block; width: 12px; height: 12px; margin-right: 5px; vertical-align: -2px; border-radius: 2px; }
        .legend .tick { width: 2px; background: #1d2430; border-radius: 0; }
        .note { color: #5b6472; font-size: 12px; margin: 6px 0; }
        footer { margin-top: 28px; border-top: 1px solid #dde1e7; padding-top: 10px; color: #5b6472; font-size: 12px; }
        footer dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 0; }
        footer dt { font-weight: 600; }
        footer dd { margin: 0; overflow-wrap: anywhere; }
        code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
        @page { size: A4 landscape; margin: 12mm; }
        @media print {
          body { padding: 0; font-size: 10px; }
          .wide { overflow: visible; }
          .ranking, .ranking th { font-size: 8.5px; }
          th, td { padding: 2px 4px; }
          section.page { break-before: page; }
          footer { break-inside: avoid; }
        }
        """
}
