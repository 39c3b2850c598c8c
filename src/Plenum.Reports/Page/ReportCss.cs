namespace Plenum.Reports.Page;

/// <summary>
/// The page's only style sheet, embedded so the report is one file that opens anywhere, offline, and prints
/// cleanly. System fonts only: no web fonts to fetch.
/// </summary>
internal static class ReportCss
{
    public const string Text = """
        :root { --ink:#1d1d1f; --muted:#5f6368; --line:#dadce0; --soft:#f6f7f9; --accent:#1a56a6; --warn:#fff7e0; --warnline:#e6c15a; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; color: var(--ink); background: #fff;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif;
          font-size: 16px; line-height: 1.55; }
        main { max-width: 68rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
        header { border-bottom: 3px solid var(--ink); margin-bottom: 1.5rem; padding-bottom: 1rem; }
        .kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; color: var(--muted); margin: 0; }
        h1 { font-size: 2.1rem; line-height: 1.2; margin: .2rem 0 .5rem; }
        h2 { font-size: 1.5rem; margin: 2.6rem 0 .8rem; padding-bottom: .3rem; border-bottom: 1px solid var(--line); }
        h3 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; }
        .meta { color: var(--muted); margin: 0; }
        a { color: var(--accent); }
        code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: .88em;
          background: var(--soft); padding: .05em .3em; border-radius: 3px; }
        nav { background: var(--soft); border-radius: 6px; padding: .7rem 1rem; font-size: .95rem; }
        nav ol { margin: 0; padding-left: 1.2rem; columns: 2; }
        .lead { font-size: 1.08rem; }
        .scale { color: var(--muted); font-size: .92rem; margin: .2rem 0 .6rem; }
        .table-wrap { overflow-x: auto; margin: .6rem 0 1.2rem; }
        table { border-collapse: collapse; width: 100%; font-size: .92rem; font-variant-numeric: tabular-nums; }
        th, td { text-align: left; vertical-align: top; padding: .4rem .6rem; border-bottom: 1px solid var(--line); }
        th { border-bottom: 2px solid var(--ink); font-weight: 600; white-space: nowrap; }
        tbody tr:nth-child(even) { background: #fafbfc; }
        td.num, th.num { text-align: right; white-space: nowrap; }
        .val { font-weight: 600; }
        .unc { color: var(--muted); font-size: .85em; white-space: nowrap; }
        .note { color: var(--muted); font-size: .85em; font-style: italic; margin-top: .15rem; }
        .refs { margin-left: .25em; }
        .refs a { text-decoration: none; font-size: .8em; margin-left: .1em; }
        .box { background: var(--warn); border: 1px solid var(--warnline); border-radius: 6px; padding: .8rem 1.1rem; margin: 1rem 0; }
        .box h3 { margin-top: 0; }
        .box ul { margin: .3rem 0; padding-left: 1.2rem; }
        figure { margin: 1.2rem 0 2rem; break-inside: avoid; page-break-inside: avoid; }
        figure img { display: block; width: 100%; height: auto; border: 1px solid var(--line); border-radius: 4px; }
        figcaption { color: var(--muted); font-size: .88rem; margin-top: .4rem; }
        ol.evidence { padding-left: 2.2rem; }
        ol.evidence li { margin: .55rem 0; }
        ol.evidence li:target { background: var(--warn); }
        blockquote { margin: .1rem 0; padding-left: .8rem; border-left: 3px solid var(--line); font-style: italic; }
        .src { color: var(--muted); font-size: .88rem; }
        details { margin: .5rem 0 1rem; }
        summary { cursor: pointer; font-weight: 600; }
        footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); padding-top: .8rem; }
        @media (max-width: 640px) { main { padding: 1rem; } nav ol { columns: 1; } h1 { font-size: 1.6rem; } }
        @media print {
          body { font-size: 11pt; }
          main { max-width: none; padding: 0; }
          nav { display: none; }
          a { color: inherit; text-decoration: none; }
          h2, h3 { break-after: avoid; page-break-after: avoid; }
          tr, .box { break-inside: avoid; page-break-inside: avoid; }
          .table-wrap { overflow: visible; }
          figure img { border: none; }
          @page { margin: 16mm 14mm; }
        }
        """;
}
