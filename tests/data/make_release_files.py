"""Writes the vault and bundle files a released Testimony made, for the tests that check
newer code still opens and imports them (tests/unit/test_release_files.py).

Run it once with the release whose files are wanted, then commit the output; never run it
again over committed files (they stand for what that release wrote, not what the code
writes today). Every record is a fictional demo record.

    /work/main/.venv/bin/python tests/data/make_release_files.py tests/data/release-1

Files written (passphrase of both vaults: PASSPHRASE below):
- researcher.vault: "Researcher One"'s vault, three demo records, the first amended once
  after it was handed in, the supervisor enrolled;
- supervisor.vault: the supervisor's vault (it receives bundles), Researcher One enrolled,
  handin-1.tbundle already imported;
- handin-1.tbundle: Researcher One's first hand-in (all three records), sealed to the
  supervisor, already in supervisor.vault;
- handin-2.tbundle: the second hand-in (the amended record), not yet imported anywhere.
- keys.json: fingerprints and record ids, for the tests to check against.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from testimony_app.demo import demo_records  # noqa: E402
from testimony_app.exchange import keys  # noqa: E402
from testimony_app.exchange.merge import import_bundle  # noqa: E402
from testimony_app.exchange.seal import export_bundle  # noqa: E402
from testimony_app.vault import Vault  # noqa: E402

PASSPHRASE = "release files only: harbour lantern copper meadow 2017"


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=False)
    sup = Vault.create(out / "supervisor.vault", PASSPHRASE, researcher_name="Supervisor",
                       code_prefix="SUP", check_strength=False)
    res = Vault.create(out / "researcher.vault", PASSPHRASE, researcher_name="Researcher One",
                       code_prefix="RONE", check_strength=False)
    sup_key = keys.parse_tpub(keys.own_public_key(sup, receive=True).to_text().encode())
    to_sup = keys.enroll(res, sup_key, "supervisor")
    keys.enroll(sup, keys.own_public_key(res, receive=False), "researcher")
    ids = [res.add(doc).id for doc in demo_records(3, seed=2017)]
    export_bundle(res, [to_sup], out / "handin-1.tbundle")
    import_bundle(sup, out / "handin-1.tbundle")
    doc = res.get(ids[0]).to_json()
    doc["answers"]["witness"]["age_at_incident"] += 1
    res.save(ids[0], doc, reason="The witness corrected their age (fictional demo).")
    export_bundle(res, [to_sup], out / "handin-2.tbundle")
    facts = {"passphrase": PASSPHRASE, "records": ids,
             "researcher": res.identity.fingerprint, "supervisor": sup.identity.fingerprint,
             "amended": ids[0]}
    (out / "keys.json").write_text(json.dumps(facts, indent=1) + "\n")
    res.close()
    sup.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
