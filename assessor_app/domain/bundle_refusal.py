"""A bundle refusal that carries its code and parameters, so each front words it itself."""

from __future__ import annotations

from assessor_app.domain.error_codes import ENGLISH, ErrorCode
from assessor_app.domain.errors import message_params
from assessor_app.domain.sync_types import BundleRefusedError


class CodedBundleRefusedError(BundleRefusedError):
    """``bundle refused: <the English of the code>``, with the code and its parameters."""

    def __init__(self, code: ErrorCode, **params: object) -> None:
        self.code = code
        self.params = message_params(params)  # they may quote the bundle's text
        super().__init__(ENGLISH[code].format(**self.params))
