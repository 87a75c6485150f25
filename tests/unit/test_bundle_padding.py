"""Bundle padding: `export_bundle(padding=...)` rounds the sealed contents up to a power of
two or a bucket, so bundles of different amounts of testimony have the same size; the
reader takes only zero bytes, exactly as many as the signed manifest says (bundles written
by the independent writer)."""

from __future__ import annotations

import random

import independent_bundle as ib
import pytest
from authorship_parties import office, private_key, receiving
from exchange_parties import vault_bytes

from testimony_app.demo import demo_record
from testimony_app.exchange import BundleRejected, ExchangeError
from testimony_app.exchange.bundle_format import CHUNK, TAG, header_length
from testimony_app.exchange.merge import import_bundle
from testimony_app.exchange.padding import policy
from testimony_app.exchange.seal import export_bundle


@pytest.fixture
def o(tmp_path):
    parties = office(tmp_path)
    yield parties
    parties.close()


def plaintext_size(path, recipients: int = 1) -> int:
    """The sealed contents' size, from the file's: prefix, header, then 16 bytes a chunk."""
    sealed = path.stat().st_size - 16 - header_length(recipients)
    chunks = -(-sealed // (CHUNK + TAG))
    return sealed - chunks * TAG


def test_policies():
    assert policy("none") is None
    assert [policy("pow2")(n) for n in (1, 2, 3, 1000, 1024, 1025)] == \
        [2, 2, 4, 1024, 1024, 2048]
    assert [policy("64K")(n) for n in (1, 65536, 65537)] == [65536, 65536, 131072]
    assert policy("1m")(5) == 1 << 20
    for bad in ("", "0M", "12", "1T", "-1M", "pow3", "1.5M"):
        with pytest.raises(ExchangeError, match="not understood"):
            policy(bad)


def _three_records_exported(o, pad: str):
    for n in range(3):
        o.r7.add(demo_record(n + 1, random.Random(n)))
    ids = [r.id for r in o.r7.list_records()]
    small = export_bundle(o.r7, [o.r7_to_sup], o.root / "small.tbundle", padding=pad,
                          record_ids=ids[:1])
    large = export_bundle(o.r7, [o.r7_to_sup], o.root / "large.tbundle", padding=pad,
                          record_ids=ids)
    return small, large


def test_a_bucket_gives_bundles_of_different_amounts_one_size(o):
    small, large = _three_records_exported(o, "256K")
    assert plaintext_size(small.path) == plaintext_size(large.path) == 256 * 1024
    assert small.size == large.size
    assert import_bundle(o.sup, small.path).counts["new"] == 1
    assert import_bundle(o.sup, large.path).counts["new"] == 2
    assert o.sup.verify() == []


def test_pow2_rounds_each_bundle_to_a_power_of_two(o):
    small, large = _three_records_exported(o, "pow2")
    for result in (small, large):
        plain = plaintext_size(result.path)
        assert plain & (plain - 1) == 0
    assert import_bundle(o.sup, large.path).counts["new"] == 3


def test_unpadded_is_the_default(o):
    o.r7.add(demo_record(1, random.Random(1)))
    result = export_bundle(o.r7, [o.r7_to_sup], o.root / "plain.tbundle")
    plain = plaintext_size(result.path)
    assert plain & (plain - 1) != 0 and plain % 1024 != 0


def _bundle(o, padding: int, pad_byte: int = 0, listed: int | None = None) -> ib.Bundle:
    me = private_key(o.r8)
    rid = "0f8e5a5c-6a39-4f0e-9d57-1f2a3b4c5d6e"
    rev = ib.Revision(ib.revision_body(
        record=rid, number=1, parent=None, author=ib.fingerprint(me),
        author_name="Researcher 8", answers=demo_record(2, random.Random(2))["answers"]))
    rev.signature = ib.revision_signature(me, rev.hash)
    return ib.Bundle(me, "Researcher 8", [ib.Record(rid, [rev])], padding=padding,
                     pad_byte=pad_byte)


def test_independent_writer_padding_is_accepted(o):
    path = o.forge("padded.tbundle", _bundle(o, 3 * CHUNK + 5))
    assert import_bundle(o.sup, path).counts["new"] == 1


@pytest.mark.parametrize("pad_byte", [1, 0xFF])
def test_padding_that_is_not_zero_is_refused(o, pad_byte):
    path = o.forge("dirty.tbundle", _bundle(o, 100, pad_byte))
    before = vault_bytes(o.sup)
    with pytest.raises(BundleRejected, match="padding is not all zero"):
        import_bundle(o.sup, path)
    assert vault_bytes(o.sup) == before


@pytest.mark.parametrize("written, message", [(40, "end too early"),
                                              (60, "more than its manifest lists")])
def test_padding_must_be_exactly_as_long_as_signed(o, written, message):
    bundle = _bundle(o, 50)
    bundle.pad_written = written
    path = o.forge(f"pad{written}.tbundle", bundle)
    before = vault_bytes(o.sup)
    with pytest.raises(BundleRejected, match=message):
        import_bundle(o.sup, path)
    assert vault_bytes(o.sup) == before


@pytest.mark.parametrize("declared", [-1, True, "5", 1.5, (1 << 40) + 1])
def test_padding_field_out_of_range_is_refused(o, declared):
    path = o.root / "odd.tbundle"
    ib.write(path, _bundle(o, 0), *receiving(o.sup), manifest_extra={"padding": declared})
    with pytest.raises(BundleRejected, match="padding"):
        import_bundle(o.sup, path)
