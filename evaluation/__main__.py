"""`python -m evaluation --articles DIR --gold DIR [--verbose]`: build a warehouse and score it."""
import sys

from evaluation.score import main

sys.exit(main())
