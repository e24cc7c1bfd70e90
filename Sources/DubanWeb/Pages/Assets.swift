import Vapor

/// The stylesheet and the little script, compiled in: no CDN, no files to lose on deploy.
enum Assets {
    static func register(_ app: Application) {
        app.get(SiteURL.stylesheet) { _ in serve(css, type: "text/css; charset=utf-8") }
        app.get(SiteURL.script) { _ in serve(js, type: "application/javascript; charset=utf-8") }
    }

    static func serve(_ text: String, type: String) -> Response {
        let response = Response(status: .ok, body: .init(string: text))
        response.headers.replaceOrAdd(name: .contentType, value: type)
        response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return response
    }

    static let js = """
        // Confirm destructive-sounding actions; everything else works without script.
        document.addEventListener('submit', function (e) {
          var msg = e.target.getAttribute('data-confirm');
          if (msg && !window.confirm(msg)) { e.preventDefault(); }
        });
        // The bulletin's print button: the print stylesheet does the rest.
        document.addEventListener('click', function (e) {
          if (e.target.hasAttribute && e.target.hasAttribute('data-print')) { window.print(); }
        });
        """

    static let css = """
        :root { --fg:#1f2328; --muted:#59636e; --line:#d0d7de; --bg:#f6f8fa; --accent:#0b5cad;
          --green:#1a7f37; --yellow:#9a6700; --red:#cf222e; --done:#6e7781; }
        * { box-sizing: border-box; }
        body { margin:0; font-family: "Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;
          color:var(--fg); background:var(--bg); line-height:1.6; font-size:16px; }
        a { color:var(--accent); }
        a:focus, button:focus, input:focus, select:focus, textarea:focus { outline:3px solid #f0b400; outline-offset:1px; }
        header.top { display:flex; flex-wrap:wrap; gap:.75rem; align-items:center; padding:.6rem 1rem; background:#0b3d6e; color:#fff; }
        header.top a { color:#fff; text-decoration:none; }
        header.top .login-link { margin-left:auto; }
        header.top .top-search input { width:9rem; padding:.2rem .4rem; }
        a.chip { display:inline-block; padding:.1rem .5rem; border:1px solid var(--line); border-radius:1rem; background:#fff; }
        header.top .brand { font-weight:700; font-size:1.2rem; margin-right:1rem; }
        header.top nav { display:flex; gap:1rem; flex-wrap:wrap; }
        header.top .logout { margin-left:auto; display:flex; gap:.5rem; align-items:center; }
        header.top button { background:transparent; color:#fff; border:1px solid #fff; border-radius:4px; padding:.2rem .6rem; }
        main { max-width:1200px; margin:0 auto; padding:1rem; }
        h1 { font-size:1.5rem; margin:.5rem 0 1rem; }
        h2 { font-size:1.2rem; margin:1.2rem 0 .6rem; }
        .card { background:#fff; border:1px solid var(--line); border-radius:6px; padding:1rem; margin-bottom:1rem; }
        .card > h2:first-child { margin-top:0; }
        .flash { background:#dafbe1; border:1px solid #4ac26b; padding:.5rem 1rem; border-radius:6px; }
        .error p[role=alert] { color:var(--red); font-weight:600; }
        table { width:100%; border-collapse:collapse; background:#fff; }
        th, td { border:1px solid var(--line); padding:.4rem .5rem; vertical-align:top; text-align:left; }
        th { background:#eef2f6; }
        .light { display:inline-block; white-space:nowrap; font-weight:600; padding:0 .4rem; border-radius:4px; }
        .light-green { color:var(--green); } .light-yellow { color:var(--yellow); } .light-red { color:var(--red); }
        .light-done { color:var(--done); } .light-pending { color:var(--muted); }
        .counts { display:flex; gap:1rem; flex-wrap:wrap; margin-bottom:1rem; }
        table.tasks thead th { white-space:nowrap; }
        .counts .count { background:#fff; border:1px solid var(--line); border-radius:6px; padding:.6rem 1rem; min-width:8rem; }
        .counts .count strong { display:block; font-size:1.6rem; }
        .counts .delta { display:block; font-size:.8rem; color:var(--muted); }
        .changes p { margin:.3rem 0; } .changes a.chip { margin:.1rem 0; }
        .muted { color:var(--muted); font-size:.9rem; }
        form.stack label { display:block; margin:.6rem 0 .2rem; font-weight:600; }
        form.stack input[type=text], form.stack input[type=password], form.stack input[type=number], form.stack input[type=date],
        form.stack textarea, form.stack select { width:100%; padding:.45rem; border:1px solid var(--line); border-radius:4px; font:inherit; }
        form.stack textarea { min-height:5rem; }
        button, .button { background:var(--accent); color:#fff; border:0; border-radius:4px; padding:.45rem 1rem; font:inherit; cursor:pointer; }
        button.secondary { background:#fff; color:var(--accent); border:1px solid var(--accent); }
        button.danger { background:var(--red); }
        .actions { display:flex; flex-wrap:wrap; gap:.5rem; align-items:flex-end; }
        .filters { display:flex; flex-wrap:wrap; gap:.5rem; align-items:flex-end; margin-bottom:1rem; }
        .filters label { display:flex; flex-direction:column; font-size:.9rem; }
        .filters input, .filters select { padding:.35rem; border:1px solid var(--line); border-radius:4px; font:inherit; }
        .warn { color:var(--yellow); } .bad { color:var(--red); }
        .charts { display:grid; grid-template-columns:repeat(auto-fit, minmax(320px, 1fr)); gap:1rem; }
        figure { margin:.5rem 0; overflow-x:auto; } figcaption { font-weight:600; margin-bottom:.3rem; }
        svg.chart { max-width:640px; min-width:520px; height:auto; }
        .table-scroll { overflow-x:auto; } .table-scroll th, .table-scroll td { white-space:nowrap; }
        form#draft-bulletin { display:flex; gap:.5rem; align-items:center; flex-wrap:wrap; } form#draft-bulletin select { width:auto; }
        #ratings li form { display:flex; gap:.5rem; align-items:center; flex-wrap:wrap; margin:.25rem 0 .6rem; } #ratings li form select { width:auto; }
        #confirmation textarea { width:100%; }
        ul.warn-list { padding-left:2rem; }
        .bulletin .issuer { color:var(--red); font-size:1.6em; font-weight:700; text-align:center; border-bottom:2px solid var(--red); }
        .bulletin h1 { text-align:center; } table.plain-table { border-collapse:collapse; margin:.5rem 0; }
        table.plain-table th, table.plain-table td { border:1px solid #d0d7de; padding:.25rem .5rem; text-align:left; }
        nav.plan-links { display:flex; gap:1rem; flex-wrap:wrap; margin:.5rem 0; }
        tr.needs-check { background:#fff8c5; } td .warn { margin:.2rem 0; font-size:.9em; }
        #unit-mapping form { display:flex; flex-wrap:wrap; gap:.5rem; align-items:center; margin:.3rem 0; }
        ul.plain { list-style:none; padding:0; margin:0; }
        ul.plain li { padding:.4rem 0; border-bottom:1px solid var(--line); }
        mark { background:#fff3bf; padding:0 .1rem; }
        table.printed tr.section-row th { background:#dde7f3; font-weight:700; }
        td.merged-copy { display:none; }
        .visually-hidden { position:absolute; width:1px; height:1px; overflow:hidden; clip:rect(0 0 0 0); white-space:nowrap; }
        fieldset.choices { max-height:18rem; overflow:auto; display:grid; grid-template-columns:repeat(auto-fill, minmax(11rem, 1fr)); gap:.25rem .75rem; }
        label.choice { display:flex; gap:.4rem; align-items:center; font-weight:normal; }
        fieldset.plain { border:0; padding:0; margin:0; min-width:0; }
        fieldset.plain legend { padding:0; margin-bottom:.5rem; }
        span.inline { display:flex; gap:.5rem; align-items:center; flex-wrap:wrap; } span.inline input { flex:1; min-width:8rem; }
        ul.sections .depth-1 { margin-left:2em; } ul.sections .depth-2 { margin-left:4em; } ul.sections .depth-3 { margin-left:6em; }
        ul.sections details { margin:.3rem 0 .5rem; } ul.sections summary { cursor:pointer; color:var(--accent); }
        #arrange .actions form { margin:0; }
        .chart-narrow { display:none; }
        @media (max-width: 700px) {
          main { padding:.5rem; }
          table.responsive thead { display:none; }
          table.responsive tr { display:block; border:1px solid var(--line); margin-bottom:.6rem; background:#fff; }
          table.responsive td { display:block; border:0; border-bottom:1px solid #eee; }
          table.responsive td::before { content: attr(data-label) "："; font-weight:600; color:var(--muted); }
          table.responsive td.merged-copy { display:block; }
          table.responsive td:empty { display:none; }
          .counts { gap:.5rem; } .counts .count { min-width:0; flex:1 1 28%; padding:.4rem .6rem; }
          .counts .count strong { font-size:1.3rem; }
          table.printed tr.section-row { background:#dde7f3; } table.printed tr.section-row th { display:block; border:0; }
          .chart-wide { display:none; } .chart-narrow { display:block; }
          svg.chart { min-width:0; }
          header.top .logout { margin-left:0; }
        }
        @media print {
          header.top, form, .filters, .actions, .no-print { display:none !important; }
          body { background:#fff; } .card { border:0; padding:0; }
          a { color:inherit; text-decoration:none; }
        }
        """
}
