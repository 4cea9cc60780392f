"""The amount scanner: the :class:`~aibrief._reading.scan.scanner.Scanner` and its readers.

parse_amount and find_amounts call :func:`scan` (the full scanner) and :func:`read_simple`
(one regex for the commonest shapes of a lone amount). The Scanner reads a text left to right;
at each mention it hands over to a reader, a function that takes the Scanner as its first
argument, reads on from where it stands and returns what it read. The modules:

* :mod:`aibrief._reading.scan.entry`: :func:`scan` and the fast path :func:`read_simple`;
* :mod:`aibrief._reading.scan.scanner`: the Scanner itself: prefixes, the number, the word
  after it, qualifiers and change verbs;
* :mod:`aibrief._reading.scan.ranges`: ranges ("5~6조원", "$5-6 million");
* :mod:`aibrief._reading.scan.fractions`: fractions ("7분의 1", "七分之一"), which the fast
  path leaves to the scanner;
* :mod:`aibrief._reading.scan.prices`: prices ("100만토큰당 1위안", "$2 per million tokens")
  and stated equivalents in parentheses ("557만6000달러(약 80억원)");
* :mod:`aibrief._reading.scan.vague`: orders of magnitude without a figure ("수십억 원");
* :mod:`aibrief._reading.scan.tables`: the word tables, regexes and drafts they share.
"""

from aibrief._reading.scan.entry import Found, Skipped, read_simple, scan

__all__ = ["Found", "Skipped", "read_simple", "scan"]
