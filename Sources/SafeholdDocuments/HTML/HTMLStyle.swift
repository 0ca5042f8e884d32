/// The report's inline style sheet: quiet, readable at 11pt, and laid out for A4 and Letter paper alike.
enum HTMLStyle {
    static let css = """
        @page { margin: 18mm 16mm 20mm 16mm; }
        :root { color: #111; background: #fff; }
        body { font-family: "DejaVu Sans", "Noto Sans", "Liberation Sans", Arial, sans-serif; font-size: 11pt;
          line-height: 1.45; max-width: 46em; margin: 2em auto; padding: 0 1.5em; }
        h1 { font-size: 20pt; margin: 0.2em 0 0.4em; }
        h2 { font-size: 15pt; margin: 1.6em 0 0.5em; border-bottom: 1px solid #999; padding-bottom: 0.15em; }
        h3 { font-size: 13pt; margin: 0 0 0.4em; }
        h4 { font-size: 11pt; margin: 0.8em 0 0.2em; }
        .kind { text-transform: uppercase; letter-spacing: 0.06em; font-size: 10pt; color: #444; margin: 0; }
        .cover { break-after: page; }
        table { border-collapse: collapse; margin: 0.4em 0 1em; }
        th, td { text-align: left; padding: 0.2em 1.2em 0.2em 0; vertical-align: top; border-bottom: 1px solid #ddd; }
        td.count { text-align: right; }
        .counts { display: flex; gap: 3em; flex-wrap: wrap; }
        dl.facts { display: grid; grid-template-columns: 9em 1fr; gap: 0.15em 1em; margin: 0 0 0.6em; }
        dl.facts dt { color: #444; }
        dl.facts dd { margin: 0; overflow-wrap: anywhere; }
        .hash { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 9.5pt; }
        .message { white-space: pre-wrap; overflow-wrap: anywhere; border-left: 3px solid #777;
          padding: 0.4em 0.8em; margin: 0.4em 0; background: #f6f6f6; unicode-bidi: isolate; }
        .exhibit { border-top: 1px solid #999; padding-top: 0.8em; margin-top: 1.2em; break-inside: avoid-page; }
        .exhibits { break-before: page; }
        .exhibits h2 + .exhibit { border-top: none; margin-top: 0; }
        .redacted { border: 1px solid #444; background: #e8e8e8; padding: 0 0.2em; font-style: normal; }
        .hidden-char { border: 1px dashed #888; color: #333; font-size: 9pt; padding: 0 0.15em; }
        .link { overflow-wrap: anywhere; color: #111; }
        a { overflow-wrap: anywhere; color: #123f7a; }
        .chart { width: 100%; height: auto; font-family: inherit; }
        .note { color: #333; font-size: 10pt; }
        bdi { unicode-bidi: isolate; }
        @media print {
          body { max-width: none; margin: 0; padding: 0; }
          a { color: #111; text-decoration: none; }
          h2, h3, h4 { break-after: avoid-page; }
          .message { background: none; }
        }
        """
}
