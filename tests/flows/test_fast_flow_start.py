"""Served runs fork from a warm process: the flow travels to it by name, parameters intact."""

from __future__ import annotations

import copyreg
import pickle

import cloudpickle
from prefect import Flow

from earlywarn.adapters.fast_flow_start import _by_reference
from flows.events import process_notice_flow


def pickled(value) -> bytes:
    with_reference = copyreg.dispatch_table.get(Flow)
    copyreg.pickle(Flow, _by_reference)
    try:
        return cloudpickle.dumps(value)
    finally:
        if with_reference is None:
            copyreg.dispatch_table.pop(Flow, None)


def test_a_module_flow_is_pickled_as_its_import_path_and_comes_back_as_the_same_object():
    data = pickled({"flow": process_notice_flow})

    assert len(data) < 300  # a name, not the function's code
    assert pickle.loads(data)["flow"] is process_notice_flow


def test_a_flow_that_is_no_module_attribute_is_still_pickled_whole():
    renamed = process_notice_flow.with_options(name="renamed")

    copy = pickle.loads(pickled(renamed))

    assert copy.name == "renamed" and copy is not process_notice_flow


def test_the_flow_that_comes_back_can_still_validate_its_pydantic_parameters():
    flow = pickle.loads(pickled(process_notice_flow))

    parameters = flow.validate_parameters({"submission": {"notice_ids": [1, 2]}})

    assert parameters["submission"].notice_ids == [1, 2]
