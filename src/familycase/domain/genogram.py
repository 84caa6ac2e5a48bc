"""The family tree (a genogram) laid out from the recorded people and relationships (pure).

``layout`` places each person in a generation and a column; ``drawing`` turns the layout into
a short list of primitives (symbols, lines, words) in layout units, which the desktop app
paints with QPainter (gui/family_file/genogram/painting.py) and the printed genogram and panel
summaries draw with reportlab (reports/genogram_pdf.py): one set of symbols everywhere.

Symbols (the usual genogram conventions, readable in greyscale, each in the legend): a square
for a male, a circle for a female, a diamond for someone non-binary or of another gender, a
diamond with "?" where the gender is not known, a small triangle for an unborn baby; a cross
through the symbol for someone who has died; a dashed outline for someone who does not live in
the household. Partners are joined by a solid line, ex-partners by a line with one slash
(separated); children hang from their parents' line (a step-parent's line is dashed, a
carer's dotted); brothers and sisters with no parent on the tree share a bar above them;
grandparents with no parent between them on the tree are joined by a dotted line.
A person the recipient may not see is drawn as a plain grey box marked "Withheld".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from familycase.domain.enums import Gender, HouseholdRole, RelationshipKind
from familycase.domain.family import Member, Relationship
from familycase.i18n import tr

# Layout units: one column is 1 wide, one generation 1 high. Renderers scale them.
SYMBOL = 0.34  # width and height of a person's symbol
COUPLE_GAP = 1.0  # between partners
SIBLING_GAP = 1.0  # between brothers and sisters
UNIT_GAP = 1.25  # between unrelated groups
ROLE_LEVEL = {
    HouseholdRole.GRANDPARENT: 0,
    HouseholdRole.PARENT: 1,
    HouseholdRole.STEP_PARENT: 1,
    HouseholdRole.CARER: 1,
    HouseholdRole.OTHER_ADULT: 1,
    HouseholdRole.WIDER_FAMILY: 1,
    HouseholdRole.CHILD: 2,
    HouseholdRole.UNBORN_CHILD: 2,
}
PARENT_KINDS = {
    RelationshipKind.PARENT_OF: "solid",
    RelationshipKind.STEP_PARENT_OF: "dashed",
    RelationshipKind.CARER_OF: "dotted",
}


class Shape(StrEnum):
    SQUARE = "square"  # male
    CIRCLE = "circle"  # female
    DIAMOND = "diamond"  # non-binary or another gender
    UNKNOWN = "unknown"  # gender not known (a diamond with "?")
    TRIANGLE = "triangle"  # unborn
    WITHHELD = "withheld"  # not shown to this recipient


def shape_for(member: Member) -> Shape:
    if member.household_role is HouseholdRole.UNBORN_CHILD:
        return Shape.TRIANGLE
    return {
        Gender.MALE: Shape.SQUARE,
        Gender.FEMALE: Shape.CIRCLE,
        Gender.NON_BINARY: Shape.DIAMOND,
        Gender.OTHER: Shape.DIAMOND,
    }.get(member.gender, Shape.UNKNOWN)


@dataclass(frozen=True)
class Person:
    member_id: str
    x: float
    level: int
    shape: Shape
    deceased: bool
    lives_elsewhere: bool
    label: tuple[str, ...]  # lines under the symbol


class LinkKind(StrEnum):
    COUPLE = "couple"
    SEPARATED = "separated"
    CHILD = "child"  # from the parents' line (or one parent) down to a child
    SIBLINGS = "siblings"  # a bar over brothers and sisters with no parent on the tree
    GRANDPARENT = "grandparent"
    OTHER = "other"


@dataclass(frozen=True)
class Link:
    kind: LinkKind
    members: tuple[str, ...]  # the people it joins (parents first for a child link)
    style: str = "solid"  # solid, dashed or dotted
    label: str = ""


@dataclass(frozen=True)
class Genogram:
    people: list[Person]
    links: list[Link]
    levels: int
    width: float  # in columns, from 0

    def person(self, member_id: str) -> Person:
        for person in self.people:
            if person.member_id == member_id:
                return person
        raise KeyError(member_id)


# --- generations ------------------------------------------------------------------------------


def _levels(members: Sequence[Member], relationships: Sequence[Relationship]) -> dict[str, int]:
    """A generation for each person: children one below their parents (two below
    grandparents), partners and siblings level; each connected group placed where its
    members' roles in the household suggest."""
    ids = [m.id for m in members]
    edges: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for rel in relationships:
        a, b = rel.from_member_id, rel.to_member_id
        step = {
            RelationshipKind.PARENT_OF: 1,
            RelationshipKind.STEP_PARENT_OF: 1,
            RelationshipKind.CARER_OF: 1,
            RelationshipKind.GRANDPARENT_OF: 2,
            RelationshipKind.PARTNER_OF: 0,
            RelationshipKind.EX_PARTNER_OF: 0,
            RelationshipKind.SIBLING_OF: 0,
            RelationshipKind.HALF_SIBLING_OF: 0,
        }.get(rel.kind)
        if step is None:
            continue
        edges[a].append((b, step))
        edges[b].append((a, -step))
    role = {m.id: ROLE_LEVEL.get(m.household_role, 1) for m in members}
    level: dict[str, int] = {}
    for start in ids:
        if start in level:
            continue
        relative = {start: 0}
        queue = [start]
        while queue:
            here = queue.pop(0)
            for there, step in edges[here]:
                if there not in relative:
                    relative[there] = relative[here] + step
                    queue.append(there)
        offsets = sorted(role[m] - r for m, r in relative.items())
        offset = offsets[len(offsets) // 2]
        for member_id, r in relative.items():
            level[member_id] = r + offset
    low = min(level.values(), default=0)
    return {m: v - low for m, v in level.items()}


# --- columns ----------------------------------------------------------------------------------


def _couples(relationships: Sequence[Relationship], known: set[str]) -> list[Link]:
    found: dict[frozenset[str], Link] = {}
    for rel in relationships:
        pair = frozenset((rel.from_member_id, rel.to_member_id))
        if not pair <= known:
            continue
        if rel.kind is RelationshipKind.PARTNER_OF:
            found[pair] = Link(LinkKind.COUPLE, (rel.from_member_id, rel.to_member_id))
        elif rel.kind is RelationshipKind.EX_PARTNER_OF and pair not in found:
            found[pair] = Link(LinkKind.SEPARATED, (rel.from_member_id, rel.to_member_id))
    return list(found.values())


def _groups(level_ids: list[str], couples: list[Link], order: dict[str, int]) -> list[list[str]]:
    """People of one generation in groups that stay side by side: partners (a person with
    two partners between them)."""
    partners: dict[str, list[str]] = defaultdict(list)
    for link in couples:
        a, b = link.members
        if a in order and b in order:
            partners[a].append(b)
            partners[b].append(a)
    seen: set[str] = set()
    groups = []
    for person in sorted(level_ids, key=order.__getitem__):
        if person in seen:
            continue
        # Walk the chain of partners from one end.
        chain_members: set[str] = set()
        stack = [person]
        while stack:
            here = stack.pop()
            if here in chain_members:
                continue
            chain_members.add(here)
            stack.extend(p for p in partners[here] if p in level_ids)
        ends = [m for m in chain_members if len(partners[m]) <= 1] or [person]
        start = min(ends, key=order.__getitem__)
        chain, previous, here = [start], None, start
        while True:
            nxt = [
                p for p in partners[here] if p in chain_members and p != previous and p not in chain
            ]
            if not nxt:
                break
            previous, here = here, min(nxt, key=order.__getitem__)
            chain.append(here)
        chain += sorted(chain_members - set(chain), key=order.__getitem__)
        seen |= chain_members
        groups.append(chain)
    return groups


def layout(
    members: Sequence[Member],
    relationships: Sequence[Relationship],
    shown: Iterable[str] | None = None,
    on: date | None = None,
) -> Genogram:
    """The family tree. ``shown``: the people whose details may be shown (the rest are drawn
    as withheld); None: everyone."""
    on = on or date.today()
    known = {m.id for m in members}
    visible = known if shown is None else set(shown) & known
    relationships = [
        r for r in relationships if r.from_member_id in known and r.to_member_id in known
    ]
    order = {m.id: i for i, m in enumerate(members)}
    level = _levels(members, relationships)
    couples = _couples(relationships, known)
    parents: dict[str, dict[str, str]] = defaultdict(dict)  # child -> parent -> style
    for rel in relationships:
        if rel.kind in PARENT_KINDS:
            parents[rel.to_member_id][rel.from_member_id] = PARENT_KINDS[rel.kind]
    levels = max(level.values(), default=0) + 1
    x = _columns(members, level, couples, parents, order, levels)
    low = min(x.values(), default=0.0)
    people = []
    by_id = {m.id: m for m in members}
    for member_id in sorted(x, key=lambda m: (level[m], x[m])):
        member = by_id[member_id]
        if member_id in visible:
            people.append(
                Person(
                    member_id,
                    x[member_id] - low,
                    level[member_id],
                    shape_for(member),
                    member.deceased,
                    not member.lives_in_household,
                    label_for(member, on),
                )
            )
        else:
            people.append(
                Person(
                    member_id, x[member_id] - low, level[member_id], Shape.WITHHELD, False, False,
                    (tr("genogram", "Withheld"),),
                )
            )  # fmt: skip
    links = couples + _family_links(relationships, parents, level, couples)
    width = max((p.x for p in people), default=0.0)
    return Genogram(people, links, levels, width)


def _columns(
    members: Sequence[Member],
    level: dict[str, int],
    couples: list[Link],
    parents: dict[str, dict[str, str]],
    order: dict[str, int],
    levels: int,
) -> dict[str, float]:
    """A column for each person: generation by generation, groups of partners ordered under
    their (birth) parents, brothers and sisters closer together than strangers; then parents
    moved over their children and children under their parents, where there is room (only
    ever to the right, so nothing crosses)."""
    main = {
        child: [p for p, style in theirs.items() if style == "solid"] or list(theirs)
        for child, theirs in parents.items()
    }
    children: dict[str, list[str]] = defaultdict(list)
    for child, theirs in main.items():
        for parent in theirs:
            children[parent].append(child)

    def gap(left: list[str], right: list[str]) -> float:
        shared = set(main.get(left[-1], ())) & set(main.get(right[0], ()))
        return SIBLING_GAP if shared else UNIT_GAP

    x: dict[str, float] = {}
    rows: list[list[list[str]]] = []
    for depth in range(levels):
        here = [m.id for m in members if level[m.id] == depth]

        def key(group: list[str]) -> tuple[float, int]:
            above = [x[p] for m in group for p in main.get(m, ()) if p in x]
            return (sum(above) / len(above) if above else -1.0, min(order[m] for m in group))

        groups = sorted(_groups(here, couples, order), key=key)
        rows.append(groups)
        previous: list[str] | None = None
        for group in groups:
            wanted = key(group)[0]
            width = (len(group) - 1) * COUPLE_GAP
            start = wanted - width / 2 if wanted >= 0 else 0.0
            if previous is not None:
                start = max(start, x[previous[-1]] + gap(previous, group))
            for i, member_id in enumerate(group):
                x[member_id] = max(start, 0.0) + i * COUPLE_GAP
            previous = group
    def over_children(group: list[str]) -> list[float]:
        return [x[c] for m in group for c in children.get(m, ())]

    def parents_in(group: list[str]) -> float:
        """The centre of a group of partners as its children see it: the parents in it."""
        having = [x[m] for m in group if children.get(m)]
        return sum(having) / len(having)

    for depth in range(levels - 2, -1, -1):
        _shift(rows[depth], x, gap, over_children, parents_in)
    for depth in range(1, levels):
        # Brothers and sisters move together, centred under their parents.
        blocks: list[list[str]] = []
        for group in rows[depth]:
            family = frozenset(main.get(group[0], ()))
            if blocks and family and frozenset(main.get(blocks[-1][0], ())) == family:
                blocks[-1] = blocks[-1] + group
            else:
                blocks.append(list(group))
        _shift(blocks, x, gap, lambda g: [x[p] for p in main.get(g[0], ())])
    return x


def _shift(
    groups: list[list[str]],
    x: dict[str, float],
    gap: Callable[[list[str], list[str]], float],
    targets: Callable[[list[str]], list[float]],
    anchor: Callable[[list[str]], float] | None = None,
) -> None:
    """Move each group right (never left: order and room are kept) so that its ``anchor``
    (its centre by default) sits over, or under, the mean of its ``targets``."""
    previous: list[str] | None = None
    for group in groups:
        seen = targets(group)
        move = 0.0
        if seen:
            centre = anchor(group) if anchor else (x[group[0]] + x[group[-1]]) / 2
            move = max(0.0, sum(seen) / len(seen) - centre)
        if previous is not None:
            move = max(move, x[previous[-1]] + gap(previous, group) - x[group[0]])
        for member_id in group:
            x[member_id] += move
        previous = group


def _family_links(
    relationships: Sequence[Relationship],
    parents: dict[str, dict[str, str]],
    level: dict[str, int],
    couples: list[Link],
) -> list[Link]:
    links: list[Link] = []
    paired = {frozenset(link.members) for link in couples}
    for child, theirs in parents.items():
        ordered = sorted(theirs)
        pairs = [
            (a, b)
            for i, a in enumerate(ordered)
            for b in ordered[i + 1 :]
            if frozenset((a, b)) in paired and level[a] == level[b]
        ]
        # Birth (or legal) parents together first; a step-parent hangs on their own line.
        pairs.sort(key=lambda ab: (theirs[ab[0]] != "solid") + (theirs[ab[1]] != "solid"))
        pair = pairs[0] if pairs else None
        if pair is not None:
            styles = {theirs[pair[0]], theirs[pair[1]]}
            style = (
                "solid" if styles == {"solid"} else ("dotted" if "dotted" in styles else "dashed")
            )
            links.append(Link(LinkKind.CHILD, (*pair, child), style))
            rest = [p for p in ordered if p not in pair]
        else:
            rest = ordered
        for parent in rest:
            links.append(Link(LinkKind.CHILD, (parent, child), theirs[parent]))
    for rel in relationships:
        a, b = rel.from_member_id, rel.to_member_id
        if rel.kind in (RelationshipKind.SIBLING_OF, RelationshipKind.HALF_SIBLING_OF):
            if set(parents.get(a, {})) & set(parents.get(b, {})):
                continue  # already shown as children of the same parent
            style = "dashed" if rel.kind is RelationshipKind.HALF_SIBLING_OF else "solid"
            links.append(Link(LinkKind.SIBLINGS, (a, b), style))
        elif rel.kind is RelationshipKind.GRANDPARENT_OF:
            between = set(parents.get(b, {}))
            if any(a in parents.get(p, {}) for p in between):
                continue  # the parent between them is on the tree
            links.append(Link(LinkKind.GRANDPARENT, (a, b), "dotted"))
        elif rel.kind is RelationshipKind.OTHER:
            links.append(Link(LinkKind.OTHER, (a, b), "dashed", rel.note))
    return links


def label_for(member: Member, on: date) -> tuple[str, ...]:
    """The words under a person's symbol: their name and an age or the dates that matter."""
    name = member.known_as or member.given_names
    lines = [name, member.family_name]
    if member.household_role is HouseholdRole.UNBORN_CHILD and member.expected_date:
        lines.append(tr("genogram", "due {date}").format(date=f"{member.expected_date:%m/%Y}"))
    elif member.deceased:
        born = f"{member.date_of_birth:%Y}" if member.date_of_birth else ""
        died = f"{member.died_on:%Y}" if member.died_on else "?"
        lines.append(
            tr("genogram", "{born}-{died} (died)").format(born=born, died=died).lstrip("-")
        )
    else:
        age = member.age_on(on)
        if age is not None:
            lines.append(tr("genogram", "{age}").format(age=age))
    return tuple(line for line in lines if line)


# --- drawing primitives -------------------------------------------------------------------------


@dataclass(frozen=True)
class Symbol:
    shape: Shape
    x: float
    y: float
    deceased: bool = False
    dashed: bool = False  # lives elsewhere
    size: float = SYMBOL


@dataclass(frozen=True)
class Line:
    points: tuple[tuple[float, float], ...]
    style: str = "solid"


@dataclass(frozen=True)
class Words:
    x: float
    y: float  # the top of the first line
    lines: tuple[str, ...]
    centred: bool = True
    small: bool = False


@dataclass
class Drawing:
    """What to draw, in layout units (x across, y down; one generation is 1.5 high). Text is
    ``TEXT`` high a line (``SMALL_TEXT`` in the legend); renderers scale everything alike."""

    symbols: list[Symbol] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    words: list[Words] = field(default_factory=list)
    width: float = 0.0
    height: float = 0.0


LEVEL_HEIGHT = 1.5  # a generation, with room for three lines of words under each symbol
HALF = SYMBOL / 2
TEXT = 0.1  # the height of the words (renderers: font size = TEXT x their unit)
SMALL_TEXT = 0.085
LINE_SPACING = 1.2
LABEL_TOP = HALF + 0.05  # words start this far below a symbol's centre
LABEL_ROOM = LABEL_TOP + 3 * TEXT * LINE_SPACING + 0.03  # below the words: a lone parent's line
LEFT = 0.6  # room left of the first column (for names wider than a symbol)
TOP = 0.45  # room above the first generation (for a bar over brothers and sisters)


def drawing(genogram: Genogram, legend: bool = True) -> Drawing:
    out = Drawing()
    place = {p.member_id: (p.x + LEFT, p.level * LEVEL_HEIGHT + TOP) for p in genogram.people}
    for person in genogram.people:
        cx, cy = place[person.member_id]
        out.symbols.append(Symbol(person.shape, cx, cy, person.deceased, person.lives_elsewhere))
        out.words.append(Words(cx, cy + LABEL_TOP, person.label))
    bars = _bar_heights(genogram, place)
    for link in genogram.links:
        out.lines += _link_lines(link, place, bars)
    out.width = genogram.width + 2 * LEFT
    out.height = (genogram.levels - 1) * LEVEL_HEIGHT + TOP + LABEL_ROOM + 0.1
    if legend:
        _legend(out, genogram)
    return out


def _bar_heights(
    genogram: Genogram, place: dict[str, tuple[float, float]]
) -> dict[tuple[str, ...], float]:
    """Each group of children (by the parents they hang from) gets its own bar height, so two
    sibships in one generation are never drawn as one."""
    sources: dict[int, list[tuple[str, ...]]] = defaultdict(list)
    for link in genogram.links:
        if link.kind is LinkKind.CHILD:
            parents = link.members[:-1]
            level = genogram.person(link.members[-1]).level
            if parents not in sources[level]:
                sources[level].append(parents)
    bars: dict[tuple[str, ...], float] = {}
    for level, found in sources.items():
        ordered = sorted(found, key=lambda ps: sum(place[p][0] for p in ps) / len(ps))
        for index, parents in enumerate(ordered):
            bars[parents] = level * LEVEL_HEIGHT + TOP - HALF - 0.16 - 0.09 * (index % 3)
    return bars


def _link_lines(
    link: Link,
    place: dict[str, tuple[float, float]],
    bars: dict[tuple[str, ...], float],
) -> list[Line]:
    pts = [place[m] for m in link.members]
    if link.kind in (LinkKind.COUPLE, LinkKind.SEPARATED):
        (ax, ay), (bx, _by) = sorted(pts)
        lines = [Line(((ax + HALF, ay), (bx - HALF, ay)), link.style)]
        if link.kind is LinkKind.SEPARATED:
            mx = (ax + bx) / 2
            lines.append(Line(((mx - 0.05, ay + 0.09), (mx + 0.05, ay - 0.09))))
        return lines
    if link.kind is LinkKind.CHILD:
        *parent_points, (cx, cy) = pts
        if len(parent_points) == 2:
            (ax, ay), (bx, _by) = sorted(parent_points)
            sx, sy = (ax + bx) / 2, ay
        else:
            (sx, py) = parent_points[0]
            sy = py + LABEL_ROOM
        bar = bars.get(link.members[:-1], cy - HALF - 0.2)
        return [Line(((sx, sy), (sx, bar), (cx, bar), (cx, cy - HALF)), link.style)]
    if link.kind is LinkKind.SIBLINGS:
        (ax, ay), (bx, by) = sorted(pts)
        top = min(ay, by) - HALF - 0.25
        return [Line(((ax, ay - HALF), (ax, top), (bx, top), (bx, by - HALF)), link.style)]
    if link.kind is LinkKind.GRANDPARENT:
        # Down from below the grandparent's words to a bar just over the grandchildren (one
        # dotted bar for all of them), never straight across the generation between.
        (gx, gy), (cx, cy) = pts
        bar = cy - HALF - 0.43
        return [
            Line(((gx, gy + LABEL_ROOM), (gx, bar), (cx, bar), (cx, cy - HALF)), link.style)
        ]
    (ax, ay), (bx, by) = pts
    return [Line(((ax + HALF, ay), (bx - HALF, by)), link.style)]


LEGEND_SYMBOL = 0.2
LEGEND_ROW = 0.3
LEGEND_COLUMN = 2.3


def _legend(out: Drawing, genogram: Genogram) -> None:
    """A key to the symbols and lines used in this tree, below it, in columns."""
    used = {p.shape for p in genogram.people}
    entries: list[tuple[Symbol | list[Line], str]] = []
    names = {
        Shape.SQUARE: tr("genogram", "Male"),
        Shape.CIRCLE: tr("genogram", "Female"),
        Shape.DIAMOND: tr("genogram", "Non-binary or another gender"),
        Shape.UNKNOWN: tr("genogram", "Gender not known"),
        Shape.TRIANGLE: tr("genogram", "Unborn baby"),
        Shape.WITHHELD: tr("genogram", "Withheld: not shared with this recipient"),
    }
    for shape in Shape:
        if shape in used:
            entries.append((Symbol(shape, 0, 0, size=LEGEND_SYMBOL), names[shape]))
    if any(p.deceased for p in genogram.people):
        entries.append(
            (
                Symbol(Shape.SQUARE, 0, 0, deceased=True, size=LEGEND_SYMBOL),
                tr("genogram", "Has died"),
            )
        )
    if any(p.lives_elsewhere for p in genogram.people):
        entries.append(
            (
                Symbol(Shape.SQUARE, 0, 0, dashed=True, size=LEGEND_SYMBOL),
                tr("genogram", "Lives elsewhere"),
            )
        )
    kinds = {(link.kind, link.style) for link in genogram.links}
    line_names = [
        (LinkKind.COUPLE, "solid", tr("genogram", "Partners")),
        (LinkKind.SEPARATED, "solid", tr("genogram", "Separated")),
        (LinkKind.CHILD, "solid", tr("genogram", "Parent and child")),
        (LinkKind.CHILD, "dashed", tr("genogram", "Step-parent and child")),
        (LinkKind.CHILD, "dotted", tr("genogram", "Carer and child")),
        (LinkKind.SIBLINGS, "solid", tr("genogram", "Brothers and sisters")),
        (LinkKind.SIBLINGS, "dashed", tr("genogram", "Half-brothers and half-sisters")),
        (LinkKind.GRANDPARENT, "dotted", tr("genogram", "Grandparent and grandchild")),
        (LinkKind.OTHER, "dashed", tr("genogram", "Another relationship")),
    ]
    for kind, style, text in line_names:
        if (kind, style) in kinds:
            sample = [Line(((0.0, 0.0), (0.36, 0.0)), style)]
            if kind is LinkKind.SEPARATED:
                sample.append(Line(((0.13, 0.08), (0.23, -0.08))))
            entries.append((sample, text))
    if not entries:
        return
    # Two or three columns (the drawing widens for them): a key is read across, not down.
    columns = min(3, max(2 if len(entries) > 3 else 1, int(out.width // LEGEND_COLUMN)))
    per_column = -(-len(entries) // columns)
    top = out.height + 0.15
    for index, (sample, text) in enumerate(entries):
        col, row = divmod(index, per_column)
        left, y = 0.3 + col * LEGEND_COLUMN, top + row * LEGEND_ROW + LEGEND_ROW / 2
        if isinstance(sample, Symbol):
            out.symbols.append(
                Symbol(sample.shape, left + 0.18, y, sample.deceased, sample.dashed, LEGEND_SYMBOL)
            )
        else:
            out.lines += [
                Line(tuple((left + px, y + py) for px, py in line.points), line.style)
                for line in sample
            ]
        out.words.append(
            Words(left + 0.46, y - SMALL_TEXT * 0.6, (text,), centred=False, small=True)
        )
    used_columns = -(-len(entries) // per_column)
    out.width = max(out.width, 0.3 + used_columns * LEGEND_COLUMN)
    out.height = top + per_column * LEGEND_ROW + 0.1
