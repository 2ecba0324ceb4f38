"""Hostile bundles from an enrolled laptop: the work done before each is refused.

    python benchmarks/bundle_limits.py

Each case is a correctly sealed and signed bundle of under 1 MB whose payload is crafted to
inflate or allocate (30 million ``{}``, deep nesting, a huge string, many tiny changesets, a zip
bomb of spaces). Each runs in a fresh process: the import's wall time until it is refused, its
peak of Python allocations (``tracemalloc``) and the growth of the process's resident set
(``ru_maxrss``). The floor is the unavoidable part measured in the same process: reading the file
and verifying its signature. Targets: under 2 s and 200 MB for each.
"""

from __future__ import annotations

import base64
import contextlib
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _pad() -> bytes:
    """About 0.9 MB that does not compress: it raises what the ratio limits allow to a 1 MB bundle's."""
    return b'{"workspace_name":"' + base64.b64encode(random.Random(7).randbytes(680_000)) + b'","changesets":['


CASES: dict[str, tuple[bytes, bytes, int, bytes]] = {
    "30 million {}": (b'{"changesets":[', b"{},", 30_000_000, b'{}],"withheld":[]}'),
    "deep nesting (20 million [)": (b'{"changesets":', b"[", 20_000_000, b"]"),
    "huge string (200 MB)": (b'{"workspace_name":"', b"a", 200_000_000, b'"}'),
    "1.2 million tiny changesets": (
        b'{"changesets":[',
        b'{"h":{"audience":"public","author":null,"deps":{},"device":"d","hlc":"0000000000001-000000-d",'
        b'"id":"c","ops_sha256":"0","seq":1,"ws":"w"},"ops":[{"op":"put"}],"sig":""},',
        1_200_000,
        b'{}],"withheld":[]}',
    ),
    "items within the ratio (330,000 {})": (b'{"changesets":[', b"{},", 330_000, b'{}],"withheld":[]}'),
    "padded to 1 MB, then 3.5 million {}": (_pad(), b"{},", 3_500_000, b'{}],"withheld":[]}'),
    "padded, then 25 deep-nested lists": (_pad(), b"[" * 31 + b"]" * 31 + b",", 40_000, b'{}],"withheld":[]}'),
    "padded, then 10 MB of strings with an emoji": (
        _pad() + '"😀",'.encode(),
        b'"' + b"a" * 1_000_000 + b'",',
        10,
        b'""],"withheld":[]}',
    ),
    "padded, then 1 million tiny ints": (_pad(), b"0,", 1_000_000, b'0],"withheld":[]}'),
    "padded, then 390,000 {} (within every limit)": (_pad(), b"{},", 390_000, b'{}],"withheld":[]}'),
}
TARGET_SECONDS, TARGET_MB = 2.0, 200.0


def _one(case: str) -> dict[str, object]:
    import keyring

    from crm_desktop.app import sync
    from crm_desktop.sync.bundle_format import open_bundle
    from tests.sync.conftest import MemoryKeyring
    from tests.sync.crafted import craft, header_for, repeated
    from tests.sync.laptops import Laptops

    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory() as tmp:
        lp = Laptops(Path(tmp))
        admin, b = lp.found(), lp.join("b")
        head, unit, count, tail = CASES[case]
        data = craft(sync.device_keys(b), header_for(b.device_id, admin), [admin], repeated(head, unit, count, tail))
        path = Path(tmp) / "hostile.crmb"
        path.write_bytes(data)
        t = time.perf_counter()
        open_bundle(path.read_bytes())
        floor = time.perf_counter() - t
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t = time.perf_counter()
        try:
            sync.import_data(admin, path.read_bytes(), backup=False)
            reason = "ACCEPTED"
        except sync.BundleRefused as exc:
            reason = exc.message.params["reason"].render("en")  # type: ignore[attr-defined]
        seconds = time.perf_counter() - t
        rss_growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before
        tracemalloc.start()
        with contextlib.suppress(sync.BundleRefused):
            sync.import_data(admin, data, backup=False)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        lp.close()
    return {
        "case": case,
        "size": len(data),
        "seconds": seconds,
        "floor": floor,
        "peak_mb": peak / 1e6,
        "rss_growth_mb": rss_growth / 1024,
        "reason": reason,
    }


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--case":
        print(json.dumps(_one(sys.argv[2])))
        return
    print("hostile bundle (signed by an enrolled laptop)   size      refused after    floor     ratio   peak   RSS+")
    for case in CASES:
        out = subprocess.run(
            [sys.executable, __file__, "--case", case], capture_output=True, text=True, check=False
        ).stdout
        if not out.strip():
            print(f"{case:<44} (failed to run)")
            continue
        r = json.loads(out.strip().splitlines()[-1])
        ok = r["seconds"] < TARGET_SECONDS and max(r["peak_mb"], r["rss_growth_mb"]) < TARGET_MB
        print(
            f"{r['case']:<44} {r['size'] / 1e3:7.0f} KB {r['seconds']:8.3f} s  {r['floor']:8.4f} s "
            f"{r['seconds'] / r['floor']:7.1f}x {r['peak_mb']:6.1f} MB {r['rss_growth_mb']:6.1f} MB"
            f"  {'ok' if ok else 'OVER TARGET'}  ({r['reason'][:60]})"
        )


if __name__ == "__main__":
    main()
