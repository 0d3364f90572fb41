"""Material merging for 一件事一次办: one set of materials for several items.

A material asked by several items of a bundle is collected once (one form, one set of
materials, one window). Two materials are the same when they share a code or a
normalised name; the merged entry keeps the strictest attributes so that no item of
the bundle ends up short.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from shared.domain.catalog.models import Material, MergedMaterial, ServiceItem
from shared.domain.catalog.vocab import MaterialForm, MaterialSource, Necessity, OriginalOrCopy

# stricter = higher
_ORIGINAL_RANK = {OriginalOrCopy.COPY: 0, OriginalOrCopy.ORIGINAL: 1, OriginalOrCopy.BOTH: 2}
_NECESSITY_RANK = {Necessity.OPTIONAL: 0, Necessity.DEFERRABLE: 1, Necessity.REQUIRED: 2}
# paper is kept when items disagree: the window can scan paper, it cannot print a signature
_FORM_RANK = {MaterialForm.EITHER: 0, MaterialForm.ELECTRONIC: 1, MaterialForm.PAPER: 2}
# the applicant bringing it is the strictest; shared data is the most lenient
_SOURCE_RANK = {
    MaterialSource.SHARED_DATA: 0,
    MaterialSource.E_LICENCE: 1,
    MaterialSource.GOVERNMENT: 2,
    MaterialSource.APPLICANT: 3,
}

_NOISE = re.compile(r"[\s()（）【】\[\]<>《》、,，.。:：;；\"'“”‘’·-]+")  # words-ok: a character class


def normalise_material_name(name: str) -> str:
    """Name key for de-duplication: NFKC, lower case, punctuation and spaces removed."""
    return _NOISE.sub("", unicodedata.normalize("NFKC", name).lower())


def _stricter(a: Material, b: Material) -> Material:
    # an item that does not need the material has no say on whether it may come late
    # or be replaced by a signed commitment
    deciding = [m for m in (a, b) if m.required is not Necessity.OPTIONAL] or [a, b]
    deferrable = all(m.deferrable for m in deciding)
    commitment_allowed = all(m.commitment_allowed for m in deciding)
    required = max(a.required, b.required, key=_NECESSITY_RANK.__getitem__)
    if required is Necessity.DEFERRABLE and not deferrable:
        required = Necessity.REQUIRED
    return a.model_copy(
        update={
            "original_or_copy": max(a.original_or_copy, b.original_or_copy, key=_ORIGINAL_RANK.__getitem__),
            "copies": max(a.copies, b.copies),
            "form": max(a.form, b.form, key=_FORM_RANK.__getitem__),
            "source": max(a.source, b.source, key=_SOURCE_RANK.__getitem__),
            "required": required,
            "deferrable": deferrable,
            "commitment_allowed": commitment_allowed,
            "e_licence_type": a.e_licence_type or b.e_licence_type,
            "shared_data_kind": a.shared_data_kind or b.shared_data_kind,
            "requirement": a.requirement or b.requirement,
            "blank_form": a.blank_form or b.blank_form,
            "sample_form": a.sample_form or b.sample_form,
            "notes": tuple(dict.fromkeys((*a.notes, *b.notes))),
        }
    )


def merge_materials(items: Iterable[ServiceItem]) -> list[MergedMaterial]:
    """Merge the materials of ``items`` in order of first appearance."""
    merged: list[Material] = []
    needed_by: list[list[str]] = []
    by_code: dict[str, int] = {}
    by_name: dict[str, int] = {}
    for item in items:
        for material in item.materials:
            key = normalise_material_name(material.name)
            slot = by_code.get(material.code, by_name.get(key))
            if slot is None:
                slot = len(merged)
                merged.append(material)
                needed_by.append([])
            else:
                merged[slot] = _stricter(merged[slot], material)
            by_code.setdefault(material.code, slot)
            by_name.setdefault(key, slot)
            if item.code not in needed_by[slot]:
                needed_by[slot].append(item.code)
    return [MergedMaterial(material=m, needed_by=tuple(n)) for m, n in zip(merged, needed_by, strict=True)]
