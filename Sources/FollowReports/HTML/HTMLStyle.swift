import FollowAnalysis
import Foundation

/// The report's only stylesheet, inlined in `<head>`.
///
/// Readable on a phone (fluid width,
/// scrolling tables, scalable charts), on a desktop and in print (no backgrounds, no page
/// breaks inside figures and table rows). It contains no `<` or `&`, so the page stays
/// well-formed XML.
enum HTMLStyle {
  static let css: StaticString = """
    :root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --rule: #d8d8d8;
      --accent: #0072B2; --band: #f4f6f8; }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body { margin: 0 auto; max-width: 60rem; padding: 1rem 1rem 3rem; color: var(--ink);
      background: #fff; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
    header.page { border-bottom: 3px solid var(--accent); margin-bottom: 1.5rem; }
    h1 { font-size: 1.8rem; margin: 0.5rem 0 0.25rem; }
    h2 { font-size: 1.45rem; margin: 2.5rem 0 0.75rem; border-bottom: 1px solid var(--rule); }
    h3 { font-size: 1.15rem; margin: 2rem 0 0.5rem; }
    p, li, dd { max-width: 46rem; }
    .muted, figcaption, .note { color: var(--muted); font-size: 0.9rem; }
    .note { background: var(--band); border-left: 4px solid var(--rule); padding: 0.5rem 0.75rem; }
    .headline { border-left: 4px solid var(--rule); padding-left: 0.75rem; margin-bottom: 1.5rem; }
    .headline p.answer { font-size: 1.1rem; margin: 0.3rem 0; }
    .external { border-left-color: #E69F00; }
    nav.toc ul { padding-left: 1.2rem; margin: 0.25rem 0; }
    figure { margin: 1rem 0 1.5rem; }
    svg.chart { display: block; width: 100%; max-width: 640px; height: auto; }
    .table-wrap { overflow-x: auto; -webkit-overflow-scrolling: touch; margin: 0.5rem 0 1rem; }
    table { border-collapse: collapse; font-size: 0.92rem; min-width: 50%; }
    caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
    th, td { border-bottom: 1px solid var(--rule); padding: 0.3rem 0.6rem; text-align: left;
      vertical-align: top; }
    th { background: var(--band); font-weight: 600; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    td.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
    td.text { max-width: 28rem; overflow-wrap: anywhere; }
    .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
      gap: 0.75rem; margin: 1rem 0; }
    .card { border: 1px solid var(--rule); border-radius: 6px; padding: 0.5rem 0.75rem; }
    .card .value { font-size: 1.5rem; font-weight: 650; font-variant-numeric: tabular-nums; }
    .card .label { color: var(--muted); font-size: 0.85rem; }
    dl.definitions dt { font-weight: 600; margin-top: 0.5rem; }
    dl.definitions dd { margin-left: 1rem; }
    code { font-size: 0.9em; }
    footer { margin-top: 3rem; border-top: 1px solid var(--rule); }
    @media (max-width: 40rem) {
      body { font-size: 15px; padding: 0.75rem 0.6rem 2rem; }
      h1 { font-size: 1.45rem; }
      th, td { padding: 0.25rem 0.4rem; }
    }
    @media print {
      @page { margin: 15mm; }
      body { max-width: none; padding: 0; font-size: 10.5pt; color: #000; }
      nav.toc { display: none; }
      h2 { break-after: avoid; page-break-after: avoid; }
      h3 { break-after: avoid; page-break-after: avoid; }
      figure, .cards, tr { break-inside: avoid; page-break-inside: avoid; }
      svg.chart { max-width: 16cm; }
      .table-wrap { overflow: visible; }
      .note { background: none; }
      th { background: none; }
    }
    """
}
