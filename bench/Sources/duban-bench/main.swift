import Foundation

// `swift run -c release duban-bench [import|indicators|all]`: prints figures, asserts nothing.
let which = CommandLine.arguments.dropFirst().first ?? "all"
if which == "import" || which == "all" { ImportBench.run() }
if which == "indicators" || which == "all" { IndicatorBench.run() }
