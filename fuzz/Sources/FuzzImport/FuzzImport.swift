import DubanCore
import DubanDocuments
import Foundation

/// Arbitrary text through `duban import`'s path: read the document every way that could apply,
/// assemble the plan, analyse each standard's indicators, and write the plan out as JSON.
func fuzzOne(_ bytes: UnsafeRawBufferPointer) -> CInt {
    let data = Data(bytes)
    let importer = PlanImporter()
    guard let document = try? importer.reader.read(data: data, name: "fuzz.txt"),
          let plan = try? importer.importPlan(document, name: "fuzz.txt") else { return 0 }
    _ = try? PlanJSON.encode(plan)
    return 0
}
