#ifndef CFUZZER_H
#define CFUZZER_H
#include <stddef.h>
#include <stdint.h>

// libFuzzer's driver, called from each target's main.swift: SwiftPM renames an executable's
// `main` to `<Module>_main`, so libFuzzer's own `main` is never the entry point.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

// 1 if ZIPFoundation 0.9.20 could spin forever extracting a deflated part of this zip: its inflate
// loop stops only at the stream's end or an error, and at the end of the file it reads nothing,
// again and again. Looks at every local file header, so it errs towards saying yes.
int duban_fuzz_deflate_may_spin(const uint8_t *data, size_t size);

#endif
