"""Every size limit a bundle reader enforces, in one place (stated in ``docs/bundle-format.md``).

A bundle is read before its sender is trusted (a welcome, a key rotation) and, even once trusted, a
hostile enrolled laptop can sign anything. So the work a bundle may cause is bounded *while* it is
read, in proportion to the bytes actually received: the inflated payload and its number of JSON
items may only grow so far per compressed byte, whatever the header declares. Honest bundles stay
far below these (the demo's full bundle: 3.5 inflated bytes and 0.14 items per compressed byte,
nesting depth 8, longest string 2.5 KB).
"""

from __future__ import annotations

MiB = 1024 * 1024

MAX_BUNDLE = 256 * MiB  # the whole file, checked before it is read
MAX_HEADER = 1 * MiB
MAX_PAYLOAD = 256 * MiB  # declared ``payload_size`` (the exact inflated size)
MAX_RECIPIENTS = 500

# The inflated payload: at most INFLATE_RATIO bytes per compressed byte, plus INFLATE_SLACK.
INFLATE_RATIO = 16
INFLATE_SLACK = 1 * MiB
INFLATE_CHUNK = 1 * MiB  # inflated (and scanned) a chunk at a time

# JSON items (values and members: every ``,``, ``[`` and ``{`` outside strings counts one):
# at most ITEMS_PER_BYTE per compressed byte, plus ITEMS_FLOOR.
ITEMS_PER_BYTE = 1
ITEMS_FLOOR = 100_000
MAX_DEPTH = 32  # nesting of arrays and objects
MAX_STRING = 4 * MiB  # bytes of one JSON string as written (escapes included)
MAX_NUMBER = 32  # characters of one JSON number

MAX_CHANGESETS = 500_000  # changesets plus withheld markers in one bundle
MAX_OPS = 200_000  # operations in one changeset
MAX_ID = 32  # device ids, changeset ids, author ids
