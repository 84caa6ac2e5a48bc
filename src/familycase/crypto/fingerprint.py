"""Fingerprint phrases: a worker's public keys as words two people can read to each other.

When an administrator enrols a worker, both see the same eight words for the worker's keys; if
someone had substituted a key on the way, the words would differ. Eight words from a list of
256 carry 64 bits of a SHA-256 over both public keys (the idea of Bitwarden's fingerprint
phrase, with our own short list of plain words).
"""

from __future__ import annotations

import hashlib

_WORD_LIST = """
    acorn actor anchor apple apron arrow aspen atlas badge baker
    bamboo banjo barley basket beach beacon berry bicycle birch biscuit
    blanket blossom boat bonnet bottle bramble bread breeze brick bridge
    brook bucket butter button cabin cactus camel candle canoe canvas
    carpet carrot castle cedar cello chalk cherry chimney cinder circle
    clover cobble comet copper coral cotton cradle crayon cricket crown
    daisy dolphin domino donkey dragon drum eagle easel elbow ember
    engine falcon feather fern fiddle finch flannel flute forest fossil
    fountain garden garnet gecko ginger glacier globe goose granite grape
    gravel guitar hammer harbour harp hazel heather hedge helmet heron
    hill honey horizon iris island ivory ivy jacket jasmine jelly
    jigsaw juniper kettle kitten kiwi ladder lagoon lantern larch lemon
    lettuce library lily linen lobster locket magnet mango maple marble
    meadow melon mitten monkey mosaic muffin mustard needle nutmeg oak
    oatmeal ocean olive onion orange orchard otter oyster paddle panda
    paper parcel parrot peach pebble pelican pencil pepper piano pillow
    pine planet plum pocket pony poppy potato puffin pumpkin puzzle
    quail quilt rabbit radish raven ribbon river robin rocket rose
    saddle salmon sandal saucer scarf seagull shell shovel silver sketch
    sparrow spinach spoon spruce squirrel stable starling stone storm straw
    sugar summit sunset swallow teapot thistle thunder tiger timber toast
    tomato torch tractor tulip tunnel turnip umbrella valley velvet violet
    violin wagon walnut walrus wave whistle willow window winter wizard
    wombat yacht yarrow zebra zephyr anvil bagel beetle cobalt dune
    fable goblet jewel kernel lupin mirror nettle owl pasta quartz
    rhubarb sapling tartan urchin vessel wheat
"""
WORDS = tuple(_WORD_LIST.split())
PHRASE_WORDS = 8

assert len(WORDS) == 256 and len(set(WORDS)) == 256, "the word list must be 256 distinct words"


def fingerprint_phrase(agreement_public: bytes, signing_public: bytes) -> str:
    digest = hashlib.sha256(
        b"familycase/fingerprint/v1|" + agreement_public + signing_public
    ).digest()
    return " ".join(WORDS[byte] for byte in digest[:PHRASE_WORDS])
