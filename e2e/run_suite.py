#!/usr/bin/env python3
"""Runs the browser tests in story order against E2E_BASE_URL (see run.sh).

usage: python3 e2e/run_suite.py [module ...]   (default: all, in the order below)
Exit status 0 only if every test passed."""
import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

# The keyboard/label checks first (they change nothing), then the cycle and the products, then the
# screenshots, which also show what those left behind (a returned report, a 督办单, a 批示, a bulletin).
ORDER = ["test_keyboard", "test_demo_numbers", "test_levels", "test_cycle", "test_products", "test_editor", "test_columns", "test_sheets", "test_changes", "test_rules", "test_signoff", "test_returns", "test_screenshots"]


def main(argv):
    names = argv or ORDER
    loader = unittest.TestLoader()
    suite = unittest.TestSuite()
    for name in names:
        suite.addTests(loader.loadTestsFromName(name.removesuffix(".py")))
    result = unittest.TextTestRunner(verbosity=2, stream=sys.stdout).run(suite)
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
