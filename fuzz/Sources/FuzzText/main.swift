import FuzzDriver

runFuzzDriver(fuzzOne)
