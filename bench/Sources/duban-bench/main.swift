import Foundation

// `swift run -c release duban-bench [import|indicators|lint|export|links|burden|all]`: prints figures, asserts nothing.
let arguments = Array(CommandLine.arguments.dropFirst())
let which = arguments.first ?? "all"
if which == "import-file", arguments.count > 1 {
    ImportBench.importFile(arguments[1])
} else if which == "plan-json", arguments.count > 1 {
    // What `duban import FILE --json` prints, without building the server: the corpus scorer's fast loop.
    ImportBench.printPlanJSON(arguments[1])
} else {
    if which == "import" || which == "all" { ImportBench.run() }
    if which == "indicators" || which == "all" { IndicatorBench.run() }
    if which == "lint" || which == "all" { LintBench.run() }
    if which == "export" || which == "all" { ExportBench.run() }
    if which == "links" || which == "all" { LinksBench.run() }
    if which == "burden" || which == "all" { BurdenBench.run() }
}
