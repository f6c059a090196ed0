"""The annual procedure counts as labelled spin boxes, one per procedure type."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QSpinBox

from assessor_app.domain.visit import ProcedureType
from assessor_app.ui.formatting import procedure_label
from assessor_app.ui.plain_text import PlainLabel

MAX_COUNT = 100_000


def add_volume_fields(
    box: QGroupBox, grid: QGridLayout, object_prefix: str, columns: int = 1
) -> dict[ProcedureType, QSpinBox]:
    """Label and spin box per procedure type, laid out in ``columns`` pairs of the grid."""
    spins: dict[ProcedureType, QSpinBox] = {}
    for i, ptype in enumerate(ProcedureType):
        spin = QSpinBox(box)
        spin.setObjectName(f"{object_prefix}{ptype.value}")
        spin.setRange(0, MAX_COUNT)
        spin.setAccessibleName(procedure_label(ptype))
        spin.setMinimumWidth(90)
        spin.setMaximumWidth(110)
        label = PlainLabel(procedure_label(ptype), box)
        label.setBuddy(spin)
        row, col = divmod(i, columns)
        grid.addWidget(label, row, col * 2)
        grid.addWidget(spin, row, col * 2 + 1)
        spins[ptype] = spin
    return spins
