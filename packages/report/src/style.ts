// Inline so the report is one file that opens anywhere, offline, e-mailed or archived.
// Colours meet WCAG AA contrast on white; every severity also has its own symbol.
export const reportCss = `
:root{color-scheme:light;--error:#b00020;--warning:#8a4b00;--suggestion:#1f5fa8;--info:#4d5560;--line:#d0d4d9}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:1100px;padding:24px;color:#1b1f24;background:#fff}
h1{font-size:1.6em;margin:0 0 4px}h2{font-size:1.25em;margin:32px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
h3{font-size:1.05em;margin:20px 0 6px;word-break:break-all}
.meta{color:#4d5560;margin:0 0 16px}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:0;padding:0}
.cards div{border:1px solid var(--line);border-radius:6px;padding:8px 14px;min-width:120px}
.cards dt{font-size:.85em;color:#4d5560}.cards dd{margin:0;font-size:1.5em;font-weight:600}
table{border-collapse:collapse;margin:8px 0;width:100%}caption{text-align:left}
.pair{display:flex;flex-wrap:wrap;gap:8px 32px;margin-top:12px}.pair table{width:auto;min-width:300px;flex:1}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid var(--line);vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.chart{max-width:100%;height:auto;font-size:12px}.chart rect{fill:#1f5fa8}.chart text{fill:#1b1f24}
.sev{font-weight:600;white-space:nowrap}.sev-error{color:var(--error)}.sev-warning{color:var(--warning)}.sev-suggestion{color:var(--suggestion)}.sev-info{color:var(--info)}
mark{background:#fff1c2;color:inherit;padding:0 2px;border-bottom:2px solid var(--warning)}
.snippet{font-family:ui-monospace,Consolas,monospace;font-size:.9em;background:#f6f8fa;padding:2px 6px;border-radius:4px;display:inline-block;word-break:break-word}
ol.findings{padding-left:0;list-style:none}ol.findings>li{border-left:3px solid var(--line);padding:4px 10px;margin:8px 0}
ol.findings>li.border-error{border-color:var(--error)}ol.findings>li.border-warning{border-color:var(--warning)}ol.findings>li.border-suggestion{border-color:var(--suggestion)}
.where{color:#4d5560;font-variant-numeric:tabular-nums}.rule{font-family:ui-monospace,Consolas,monospace;font-size:.9em}
.alts{margin:2px 0}.why{color:#4d5560;font-size:.92em}
.added{color:var(--error)}.resolved{color:#1a6b2f}.empty{color:#4d5560}
@media print{body{padding:0}h2{break-after:avoid}ol.findings>li{break-inside:avoid}}
`
