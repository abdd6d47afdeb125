"""The PLOVER gold file's two halves (eval/plover.half): rules are developed on one and
measured on the other, so the halves must split the records without overlap or loss."""
import pytest

from wiretrace.eval.plover import half


def test_halves_split_in_file_order_without_overlap():
    records = [{"id": str(i)} for i in range(161)]
    dev, check = half(records, "dev"), half(records, "check")
    assert [r["id"] for r in dev] == [str(i) for i in range(80)]
    assert [r["id"] for r in check] == [str(i) for i in range(80, 161)]
    assert half(records, None) == records


def test_unknown_half_is_refused():
    with pytest.raises(ValueError, match="half must be one of"):
        half([{"id": "1"}], "test")
