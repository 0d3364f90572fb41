"""The service catalog (政务服务事项目录): models, loader, search and a synthetic generator.

Qt-free. Typical use::

    from shared.domain.catalog import load_demo_catalog, CatalogSearchIndex
    catalog = load_demo_catalog()
    index = CatalogSearchIndex(catalog)
    index.search("hkqy")          # → 户口迁移…
    catalog.bundle_materials("YJS-XSECS")
"""

from __future__ import annotations

from shared.domain.catalog.assemble import RawRecord, assemble_catalog, catalog_from_documents
from shared.domain.catalog.bundles import merge_materials, normalise_material_name
from shared.domain.catalog.catalog import Catalog, CatalogDocument
from shared.domain.catalog.generate import generate_catalog
from shared.domain.catalog.loader import DEMO_CATALOG_DIR, load_catalog, load_demo_catalog
from shared.domain.catalog.models import (
    Bundle,
    FeeItem,
    FeeStandard,
    FormRef,
    ItemTypeDictionary,
    Material,
    MergedMaterial,
    ProcessStep,
    ResultDoc,
    ServiceItem,
    ServicePoint,
    SpecialProcedure,
    Window,
)
from shared.domain.catalog.pinyin import NameReadings, name_readings
from shared.domain.catalog.search import CatalogSearchIndex, MatchKind, SearchHit, normalise_query
from shared.domain.catalog.vocab import (
    STANDARD_ITEM_TYPE_LABELS,
    CrossRegion,
    DayKind,
    HandlingKind,
    Level,
    LifeEvent,
    MaterialForm,
    MaterialSource,
    Necessity,
    OriginalOrCopy,
    PointLevel,
    ResultKind,
    WindowKind,
)

__all__ = [
    "DEMO_CATALOG_DIR",
    "STANDARD_ITEM_TYPE_LABELS",
    "Bundle",
    "Catalog",
    "CatalogDocument",
    "CatalogSearchIndex",
    "CrossRegion",
    "DayKind",
    "FeeItem",
    "FeeStandard",
    "FormRef",
    "HandlingKind",
    "ItemTypeDictionary",
    "Level",
    "LifeEvent",
    "MatchKind",
    "Material",
    "MaterialForm",
    "MaterialSource",
    "MergedMaterial",
    "NameReadings",
    "Necessity",
    "OriginalOrCopy",
    "PointLevel",
    "ProcessStep",
    "RawRecord",
    "ResultDoc",
    "ResultKind",
    "SearchHit",
    "ServiceItem",
    "ServicePoint",
    "SpecialProcedure",
    "Window",
    "WindowKind",
    "assemble_catalog",
    "catalog_from_documents",
    "generate_catalog",
    "load_catalog",
    "load_demo_catalog",
    "merge_materials",
    "name_readings",
    "normalise_material_name",
    "normalise_query",
]
