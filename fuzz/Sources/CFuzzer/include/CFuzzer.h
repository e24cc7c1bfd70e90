#ifndef CFUZZER_H
#define CFUZZER_H
#include <stddef.h>
#include <stdint.h>

// libFuzzer's driver, called from each target's main.swift: SwiftPM renames an executable's
// `main` to `<Module>_main`, so libFuzzer's own `main` is never the entry point.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
