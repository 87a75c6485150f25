"""Errors of the form layer."""

from __future__ import annotations

from ..messages import CodedError


class FormError(Exception):
    """A questionnaire definition that cannot be used: says file, field and reason."""

    def __init__(self, source: str, where: str, reason: str):
        self.source, self.where, self.reason = source, where, reason
        super().__init__(f"{source}: {where}: {reason}" if where else f"{source}: {reason}")


class UnknownForm(CodedError):
    """A record names a form id or version this installation does not have."""

    def __init__(self, form_id: str, version: object):
        self.form_id, self.version = form_id, version
        super().__init__("form.unknown", form=repr(form_id), version=version)
