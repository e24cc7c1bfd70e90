import CFuzzer
import Foundation

/// The one-input function of this executable, set once before libFuzzer's driver starts.
nonisolated(unsafe) private var fuzzOneInput: (UnsafeRawBufferPointer) -> CInt = { _ in 0 }

/// What libFuzzer calls with each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    fuzzOneInput(UnsafeRawBufferPointer(start: data, count: size))
}

/// SwiftPM makes an executable's main.swift its entry point (it renames `main`), so libFuzzer's
/// own `main` may not run: each target's main.swift starts the driver here with its function.
public func runFuzzDriver(_ fuzzOne: @escaping (UnsafeRawBufferPointer) -> CInt) -> Never {
    fuzzOneInput = fuzzOne
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
}
