"""Traffic lights: one value per dimension of the reporting unit, the progress as a percentage.

The segmenter has recognised the light's dimension and value ("Aikataulu: vihreä");
a later light of the same dimension replaces an earlier one.
"""

from __future__ import annotations

from hankegraafi.ingest.facts.context import Context, Family
from hankegraafi.ingest.facts.model import Light, Span
from hankegraafi.ingest.facts.text import parse_amount
from hankegraafi.ingest.segment import Element


def _light(ctx: Context, element: Element) -> None:
    span = Span(element.first, element.last, element.text)
    percent = None
    value: str | None = element.value
    if element.value.endswith("%"):
        percent = parse_amount(element.value)
        value = None
    target = ctx.unit
    target.lights = [light for light in target.lights if light.dimension != element.key]
    target.lights.append(Light(element.key, value, percent, span))


FAMILY = Family("lights", light=_light)
