"""The reader's relation vocabulary: trigger words and phrases, and the shapes around them.

:data:`TRIGGERS` maps verb forms and phrases to relations of ontology/exokg.ttl ("dampens" ->
decreases, "packed with" -> carries, "taken up by" -> taken_up_by); :data:`CONSTRAINTS` gives each
relation the entity types its subject and object may have. The regular expressions name the
stretches of text that bound a clause, coordinate a list or chain a mechanism; :mod:`.relations`
and :mod:`.phrases` apply them, and :mod:`.ner` uses the trigger list to end noun phrases.
"""
from __future__ import annotations

import re
from typing import Callable

from .names import BROUGHT_ON, GIVEN, MENDING, OF, Mention, by_first_letter

# "protected neurons from apoptosis": verbs that lower only the harm named after "from" (SHIELDING below)
_SHIELD_VERBS = "protect protects protected:P protecting rescue rescues rescued:P rescuing shield shields shielded:P shielding"
# relation, verb forms (and phrases). "P" marks forms that are past participles (passive candidates).
_TABLE: dict[str, tuple[str, ...]] = {
    "decreases": (
        "negatively_regulate negatively_regulates negatively_regulated:P negatively_regulating "
        "suppress suppresses suppressed:P suppressing inhibit inhibits inhibited:P inhibiting dampen dampens "
        "dampened:P dampening blunt blunts blunted:P blunting reduce reduces reduced:P reducing attenuate attenuates attenuated:P attenuating "
        "restrain restrains restrained:P restraining decrease decreases decreased:P decreasing lower lowers "
        "lowered:P lowering block blocks blocked:P blocking downregulate downregulates downregulated:P "
        "downregulating diminish diminishes diminished:P diminishing repress represses repressed:P repressing "
        "impair impairs impaired:P impairing alleviate alleviates alleviated:P alleviating slow slows slowed:P delay delays delayed:P delaying "
        "slowing prevent prevents prevented:P preventing abolish abolishes abolished:P abolishing abrogate abrogates abrogated:P abrogating "
        "mitigate mitigates mitigated:P mitigating relieve relieves relieved:P relieving eases eased:P easing counteract counteracts "
        "counteracted:P counteracting ameliorate ameliorates ameliorated:P ameliorating rejuvenate rejuvenates "
        "rejuvenated:P rejuvenating reverse reverses reversed:P reversing "
        "protect_against protects_against protected_against protecting_against treat treats treating "
        "treatment_of therapy_for "
        # plainer words of news and reviews
        "cut_down cuts_down turn_down turns_down turned_down switch_off switches_off switched_off switching_off turn_off turns_off turned_off shut_down shuts_down "
        "silence silences silenced:P shrink shrinks shrank shrunk:P curb curbs curbed:P lessen lessens lessened:P "
        "hinder hinders hindered:P hindering hamper hampers hampered:P hampering halt halts halted:P halting "
        "impede impedes impeded:P impeding retard retards retarded:P retarding curbing lessening antagonize antagonizes "
        "antagonized:P antagonise antagonises antagonised:P neutralize neutralizes neutralized:P knock_down "
        "knocks_down knocked_down inactivate inactivates inactivated:P inactivating deactivate deactivates "
        "deactivated:P deactivating "
        # a long noncoding or circular RNA sponges a miRNA: binds it so that it acts no more (ceRNA)
        "sponge sponges sponged:P sponging " + _SHIELD_VERBS
    ),
    "increases": (
        "positively_regulate positively_regulates positively_regulated:P positively_regulating "
        "activate activates activated:P activating promote promotes promoted:P promoting enhance enhances "
        "enhanced:P enhancing increase increases increased:P increasing improve improves improved:P improving "
        "accelerate accelerates accelerated:P accelerating boost boosts boosted:P boosting stimulate stimulates "
        "stimulated:P stimulating induce induces induced:P inducing upregulate upregulates upregulated:P "
        "upregulating trigger triggers triggered:P triggering restore restores restored:P restoring recovered "
        "augment augments augmented:P augmenting facilitate facilitates facilitated:P facilitating "
        "elevate elevates elevated:P elevating amplify amplifies amplified:P amplifying "
        "lift_the_brake_on lifts_the_brake_on lifted_the_brake_on lifting_the_brake_on cause causes caused:P causing "
        "lead_to leads_to led_to leading_to result_in results_in resulted_in resulting_in "
        "contribute_to contributes_to contributed_to contributing_to "
        # "X is a major driver of Y", "a contributing factor to Y": the nouns that say X brings Y on, as "cause" does
        "driver_of drivers_of driver_in drivers_in contributor_to contributors_to contributing_factor_to "
        "contributing_factor_in contributing_factors_to "
        # "apoptosis and fibrosis were crucial pathological mechanisms in cardiac remodeling", "a risk factor for D"
        + " ".join(f"{kind}_{noun}_{to}" for kind in ("pathological", "pathogenic") for noun in ("mechanism", "mechanisms")
                   for to in ("in", "of")) + " risk_factor_for risk_factors_for "
        # "iMSCs proved superior in cell proliferation": more of the process, as a property of the subject
        "superior_in excel_in excels_in excelled_in "
        # "survivors ... form tumors"; not "formed"/"forming", which mostly describe ("the cells forming the disc")
        "form forms "
        "drive drives drove driven:P turn_up turns_up turned_up switch_on switches_on switched_on turn_on turns_on turned_on spur spurs spurred:P fuel fuels fuelled:P "
        "fueled:P foster fosters fostered:P favor favors favored:P favour favours favoured:P heighten heightens heightened:P strengthen "
        "strengthens strengthened:P potentiate potentiates potentiated:P preserve "
        "preserves preserved:P raise raises raised:P "
        # what makes a harm worse raises it ("loss of miR-214 aggravated cardiac hypertrophy")
        # (not "worsen": "worsened the outcome" is less of a good thing)
        "aggravate aggravates aggravated:P aggravating exacerbate exacerbates exacerbated:P exacerbating "
        # "SCs are important for nerve regeneration": what a process needs raises it
        + " ".join(f"{be}_{word}_for" for be in ("is", "are", "was", "were")
                   for word in ("important", "required", "necessary", "crucial", "critical", "indispensable"))
    ),
    "regulates": (
        "regulate regulates regulated:P regulating modulate modulates modulated:P modulating control controls "
        "controlled:P controlling mediate mediates mediated:P mediating affect affects affected:P affecting "
        "influence influences influenced:P influencing binds binds_to bind_to interacts_with interact_with"
    ),
    "targets": "target targets targeted:P targeting",
    "secretes": (
        "secrete secretes secreted:P secreting release releases released:P releasing produce produces produced:P "
        "producing generate generates generated:P generating shed sheds shedding pump_out pumps_out pumped_out "
        "send_out sends_out sent_out give_off gives_off gave_off emit emits emitted:P export exports exported:P"
    ),
    "carries": (
        "carry carries carried:P carrying contain contains contained:P containing package packages packaged:P "
        "packaging harbor harbors harboured harbored:P harbouring harboring encapsulate encapsulates possess possesses possessing "
        "encapsulated:P packed_with loaded_with enriched_with enriched_in rich_in positive_for bear bears "
        # "BMSC-Exo expressed the exosome markers CD9 and CD63": said of vesicles (the constraint), it is cargo
        "express expresses expressed"
    ),
    "delivers": (
        "deliver delivers delivered:P delivering transfer transfers transferred:P transferring shuttle shuttles "
        "shuttled:P shuttling transport transports transported:P transporting ferry ferries ferried:P ferrying "
        "convey conveys conveyed:P conveying"
    ),
    "derives_from": (
        "come_from comes_from came_from derived_from derive_from derives_from deriving_from originate_from originates_from originated_from "
        "originating_from isolated_from obtained_from purified_from"
    ),
    "crosses": "slip_across slips_across slipped_across pass_across passes_across passed_across get_across gets_across "
               "cross crosses crossed:P crossing penetrate penetrates penetrated:P penetrating traverse traverses traversed:P pass_through passes_through",
    "taken_up_by": (
        "taken_up_by internalized_by internalised_by endocytosed_by consumed_by absorbed_by engulfed_by "
        "phagocytosed_by captured_by fuse_with fuses_with fused_with fusing_with swallowed_up_by engulfed_by "
        "picked_up_by swallowed_by taken_in_by"
    ),
    "located_in": "gather_in gathers_in gathered_in concentrate_in concentrates_in concentrated_in end_up_in ends_up_in ended_up_in remain_in remains_in remained_in persist_in persists_in "
                  "persisted_in reside_in resides_in resided_in retained_in found_in detected_in localized_in localised_in accumulate_in accumulates_in accumulated_in accumulate_at accumulates_at accumulated_at accumulation_at accumulation_in home_to homes_to homed_to localize_to localizes_to localized_to localised_to",
    "studied_in": (
        "studied_in explored_in evaluated_in tested_in investigated_in examined_in injected_into injected_in "
        "administered_to administered_in infused_into"
    ),
}
# "plays an important role in bone formation", "is involved in the pathogenesis of": a part in it, no direction
_TABLE["regulates"] += " " + " ".join(
    f"{verb}_{role.replace(' ', '_')}_role_in"
    for verb in ("play", "plays", "played", "playing")
    for role in ("a", "an important", "a critical", "a key", "a pivotal", "a vital", "a crucial", "a central",
                 "an essential", "a major", "a significant", "a regulatory", "an important regulatory")
) + " is_involved_in are_involved_in was_involved_in were_involved_in be_involved_in been_involved_in"
_TABLE["regulates"] += " " + " ".join(  # the plural: "A and B play key roles in"
    f"{verb}_{kind}_roles_in" for verb in ("play", "played", "playing")
    for kind in ("key", "important", "critical", "crucial", "pivotal", "vital", "essential", "major", "central"))
# "MSC-Exos are critical regulators of inflammatory responses"; "X was required for the suppression of Y"
_TABLE["regulates"] += " " + " ".join(
    f"{be}_{kind}_of" for be in ("is", "are", "was", "were", "as")
    for kind in ("a_regulator", "an_important_regulator", "a_key_regulator", "a_critical_regulator", "a_major_regulator",
                 "regulators", "important_regulators", "key_regulators", "critical_regulators", "major_regulators"))
_TABLE["decreases"] += " " + " ".join(
    f"{be}required_for_{the}{what}_of" for be in ("", "is_", "was_", "are_", "were_") for the in ("", "the_")
    for what in ("suppression", "inhibition", "reduction", "attenuation"))
_TABLE["increases"] += " " + " ".join(
    f"{be}required_for_{the}{what}_of" for be in ("", "is_", "was_", "are_", "were_") for the in ("", "the_")
    for what in ("promotion", "activation", "induction", "maintenance"))
TRIGGERS: dict[str, tuple[str, bool]] = {}  # lower-case form -> (relation, is past participle)
for _rel, _forms in _TABLE.items():
    for _f in _forms.split():
        _w, _, _flag = _f.partition(":")
        TRIGGERS[_w.replace("_", " ")] = (_rel, _flag == "P")
# "down-regulated", "up-regulating": abstracts hyphenate these as often as not
for _w, _v in list(TRIGGERS.items()):
    if re.match(r"(?:down|up)regulat", _w):
        TRIGGERS.setdefault(re.sub(r"^(down|up)", r"\1-", _w), _v)


def _trigger_pattern(t: str) -> str:
    # An adverb may stand before the last word of a phrase: "taken up mainly by", "derived directly from".
    return re.sub(r"\\ (?=(?:by|from|with|in|to|at|into|through)$)", r"\\s+(?:\\w+ly\\s+)?",
                  re.escape(t)).replace(r"\ ", r"\s+")


# longest first; split by first letter (names.by_first_letter): 755 phrases tried at every word were slow
TRIGGER_RX = re.compile(r"(?<![\w-])(" + by_first_letter([_trigger_pattern(t) for t in sorted(TRIGGERS, key=len, reverse=True)])
                        + r")(?![\w-])", re.IGNORECASE)
# "X, but not Y, attenuated Z": an aside that denies Y's part, not the verb
BUT_NOT = re.compile(r",\s*but\s+not\s+[^,;()]{1,80},")
NEGATION = re.compile(r"\b(?:not(?!\s+only\b)|no|never|neither|nor|cannot|can't|didn't|doesn't|don't|won't|failed\s+to|fails?\s+to|without|unable\s+to"
                      r"|lost\s+(?:their|its|the)\s+(?:\w+\s+)?(?:abilit(?:y|ies)|capacity)\s+to)\b", re.I)  # ("lost their ability to reduce")
# "RIPK1/PGAM5": a slash between two names lists them.
# Two names with only a space between are a compound ("exosome surface proteins"), not a list.
# An adjective that only says where or how made ("proteins and synthetic miRNAs"), or which form of a protein
# was measured ("Bax and cleaved caspase-3", "STAT3 and phosphorylated AKT"), keeps a list a list.
COORD = re.compile(r"^/$|^(?=.*(?:,|\b(?:and|or|plus|as\s+well\s+as)\b))[\s,]*(?:(?:and|or|as\s+well\s+as|and\s+also|but\s+also|plus)\s+(?:(?:by|with|in|into|to)\s+)?(?:the\s+|its\s+|their\s+)?)?(?:(?:synthetic|exosomal|vesicular|other|specific|several|various|up-?regulated|over-?expressed|cleaved|phosphorylated|total)\s+)?$", re.I)
VERB_COORD = re.compile(r"^[\s,;]*(?:(?:and|or|but|while|thereby|thus|hence|then|as\s+well\s+as)\s+)?(?:(?:also|thereby|thus|subsequently|directly|significantly|further|potentially|possibly|ultimately|eventually|consequently)\s+){0,2}$", re.I)
HARD_BOUNDARY = re.compile(r";|:\s|\s[\u2013\u2014-]\s|\u2014|\bwhich\b|\bthat\b(?!\s+of\b)|\bwho\b|\bwhile\b|\bwhereas\b|\bbut\b|\bbecause\b|\bsince\b|\bif\b|\bwhen\b")
# "injury of BMECs", "apoptosis of neurons": cells after "<noun> of" are whose the noun is (a count aside)
OWNER_CELLS = re.compile(r"(?<![\w-])(?!numbers?\b|percentages?\b|proportions?\b|counts?\b|densit)[a-z]+\s+of\s+"
                         r"(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
AND_BEFORE = re.compile(r"(?:\band|,)\s+$")  # "exosomes and upregulated miR-26a": a name listed after another
STATE_LISTED = re.compile(r"[^;:()]*(?:,|\band)\s+", re.I)  # "with increased A, B, and decreased C"
VERB_LISTED = re.compile(r"[;,]\s*(?:and\s+)?$")  # "...; decreased B": a verb after a list's separator
RELATIVE = re.compile(r"(?:,\s*|\s)(?:which|that|who)\s+(?:may\s+|might\s+|could\s+|can\s+)?(?:\w+ly\s+)?(?:also\s+)?$", re.I)
# "recipient mice containing miR-21": a participle right after such a noun has it, no name, for its subject
GROUP_BEFORE = re.compile(r"\b(?:mice|rats|animals|patients|subjects|groups?|samples|tissues?)\s+$", re.I)
# "was impaired by reducing miR-199a": a gerund after a passive's "by" has no subject in the sentence
BY_GERUND = re.compile(r"\b(?:was|were|is|are|be|been)\s+(?:\w+ly\s+)?\w+(?:ed|en)\s+by\s+$", re.I)
# "miR-199a-3p/145-5p, which are highly expressed miRNAs in exosomes, promoted": a relative clause between two commas
_BETWEEN_COMMAS = r",\s*(?:which|who)\s[^;,()]*,"
ENCLOSED = re.compile(_BETWEEN_COMMAS)
ENCLOSED_RELATIVE = re.compile(_BETWEEN_COMMAS + r"\s*(?:\w+ly\s+)?$", re.I)  # (right before a verb)
# a sentence that opens with a raised or lowered thing, then "or"/"and" another: the next gerund is the second
GERUND_SUBJECT = re.compile(r"^\s*(?:Up-?regulating|Down-?regulating|Overexpressing|Silencing|Knocking\s+down|Inhibiting)"
                            r"\s+\S+(?:\s+\S+)?\s+(?:or|and)\s+$", re.I)
COMPOUND_MODIFIER = re.compile(r"-(?:mediated|induced|driven|dependent|related|associated)\b", re.I)
# "reducing caspase-1 cleavage and pyroptosis": what is measured of the first object, before the next
MEASURE_AFTER = re.compile(r"\s+(?:expression|levels?|activation|activity|phosphorylation|cleavage|content|concentrations?)(?=\s*,?\s*(?:and|or)\s)", re.I)
NOMINAL_HEAD = re.compile(r"\s+(?:secretion|production|release)\b", re.I)
REPORTED_LEVEL = re.compile(
    r"\b(?:shows?|showed|shown|reveal(?:s|ed)?|with|exhibit(?:s|ed)?|display(?:s|ed)?|found)\s+$", re.I)
# "mice given X showed a reduced lesion volume": the article makes no adjective of what the treated showed
SHOWED_A = re.compile(r"\b(?:show|exhibit|display|present|demonstrat)(?:s|ed)?\s+(?:with\s+)?an?\s+(?:\w+ly\s+)?$", re.I)
LEVEL_OF = re.compile(r"\s+(?:levels?|amounts?|expression|concentrations?|numbers?)\s+of\b", re.I)
# a participle after these describes a noun ("delayed by impaired angiogenesis": after "by" a verb would be a gerund;
# "mice containing elevated serum activin A": a state of the mice)
PRENOMINAL = re.compile(r"\b(?:their|its|the|these|those|a|an|our|with|of|by|in|on|from|within|among|containing|having"
                        r"|indicating|suggesting|implying|reflecting)\s+$", re.I)  # (", indicating enhanced autophagy")
# (a list's first member may be a word the recogniser does not name: "the expression of cyclin, β-catenin")
# members of a kind no name took, after the verb: "enhanced the synthesis of ECM components, including elastin"
KIND_MEMBERS_GAP = re.compile(r"\s*(?P<kind>(?:the\s+)?(?:[\w\u03b1-\u03c9-]+\s+){0,5}[\w\u03b1-\u03c9-]+),?\s+(?:including|such\s+as|e\.g\.,?|namely)\s+(?:the\s+)?",
                             re.I)
OBJECT_GAP = re.compile(r"^(?:[\s\w\u03b1-\u03c9%()/'\u2019\u2032-]{0,50}|[\s\w\u03b1-\u03c9%()/-]{0,40}\bof\s+[\w-]+,\s*)$")  # "the 3'-UTR of"
# Between a verb and its object only determiners, adjectives and "of" phrases: a preposition means
# the next mention is a recipient or a place ("deliver cargo to injured neurons"), not the object.
# A plain noun the recogniser does not name stands between the verb and the next name: it is the
# object ("taken up by the cells lining the kidney tubules" is not uptake by the kidney).
UNNAMED_OBJECT = re.compile(r"\b(?:cells|tissues?|organs?|animals|mice|rats|patients|neurons)\b(?!\s*$)", re.I)
GAP_STOP = re.compile(
    r"\b(?:through|via|by|to|into|in|on|at|with|from|for|after|during|within|across|without|than|as|under"
    r"|against|toward|towards|onto|upon|and|or|but|if|when|because|whether)\b", re.I)
# a thing named by lowering or raising it, as a gerund: "down-regulating TLR4", "overexpressing miR-21"
LOWERING_GERUNDS = r"down-?regulating|knocking\s+(?:down|out)|silencing|depleting|inhibiting|blocking|suppressing|neutrali[sz]ing"
RAISING_GERUNDS = r"up-?regulating|overexpressing"
# what is given to block a named thing: "the X antagonist", "X siRNA" after it (LOSS_AFTER), and before it, spelled
# out too, "an inhibitor of X", "siRNA against X" (BLOCKER_WORDS)
_BLOCKERS = r"inhibitors?|antagonists?|antagomirs?|blockers?|siRNAs?|shRNAs?"
BLOCKER_WORDS = rf"{_BLOCKERS}|sis?|small\s+interfering\s+RNAs?|short\s+hairpin\s+RNAs?"
# the nouns that name a thing's loss: "knockdown of X", "deficiency of X"
_LOSS_WORDS = (r"loss|lack|absence|deletion|depletion|knockdown|knock-down|knockout|silencing|inhibition|blockade|suppression|deficiency"
               r"|down-?regulation|ablation|inactivation")
# a vesicle adjective before a cargo's name, read over: "loss of exosomal miR-126", "a target of exosomal miR-21"
VESICULAR = r"(?:exosomal\s+|vesicular\s+)?"
LOSS_OF = re.compile(
    rf"\b(?:{_LOSS_WORDS}|blocking|inhibiting|suppressing)\s+of\s+(?:the\s+)?{VESICULAR}$|\banti-$"  # ("loss of exosomal miR-126")
    # "an inhibitor of miR-155", "siRNA against TLR4", "a shRNA targeting Nrf2": what blocks it names it
    rf"|\b(?:{BLOCKER_WORDS})\s+(?:of|against|targeting|to)\s+(?:the\s+)?$"
    # "Suppressed EGR1 expression reversed ...": a clause that opens with the lowered thing
    r"|(?:^|[;:]\s*|\bthat\s+)(?:the\s+)?(?:suppressed|silenced|inhibited|reduced|decreased|down-?regulated|knocked[- ]down)\s+"
    r"(?:(?:expression|levels?|activity)\s+of\s+(?:the\s+)?)?$"  # ("Reduced expression of miR-21 led to ...")
    # "Upregulating miR-486-3p or down-regulating TLR4 inhibited X": a subject named by lowering it
    rf"|(?:^|[;:]\s*|\b(?:or|and)\s+)(?:{LOWERING_GERUNDS})\s+(?:the\s+)?$", re.I)
# the things whose loss or gain acts, named after "of": "knockdown of A and B decreased X" (each a subject)
CHANGED_OF = re.compile(rf"\b(?:{_LOSS_WORDS}|over-?expression|up-?regulation|activation)\s+of\s+(?:the\s+)?{VESICULAR}$", re.I)
# a subject named by raising it: "overexpression of miR-21", "Pharmaceutical Activation of Nrf2"
GAIN_NOUNS = frozenset("overexpression over-expression upregulation up-regulation activation induction".split())
# "Nrf2 knockdown inhibited ...", "Cblb gene silencing": the loss named after the thing lost
LOSS_AFTER = re.compile(r"(?:\s+(?:gene|receptors?|pathway|signall?ing(?:\s+pathway)?))?(?:\s+|[-\u2010])(?:knockdown|knock-down|knockout|silencing|deletion|depletion|deficiency|down-?regulation"
                        rf"|inhibition|suppression|{_BLOCKERS}|blockade|ablation)\b(?!\s+(?:of|by)\b)", re.I)
APPOSITION = re.compile(r"\s*(?:[\u2014\u2013]|\s-\s|,)\s*(?:\w+\s+){0,2}")
PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|into|on|onto|at|of|from|with|by|for|to|within|under|after|during|than)\s+(?:the\s+|a\s+|an\s+)?$", re.I)
CHAIN = re.compile(
    r"^\s+(?:through|via|by)\s+(?:the\s+|its\s+)?$", re.I
)
PRONOUN_SUBJECT = re.compile(r"\bit\s+(?:(?:\w+ly|also|then|still|further|can|could|may|might|will|would)\s+){0,2}$", re.I)
# "promotes IDD repair": the disease is mended, not raised, whatever the verb says of the name before
MENDED_AFTER = re.compile(rf"[\s-]+(?:{MENDING}|remission|improvement)\b", re.I)
NO_SUBJECT = re.compile(r"\b(?:no|neither|none\s+of(?:\s+the)?)\s+(?:[\w-]+\s+){0,2}$", re.I)
IN_TURN = re.compile(r"^[^;:]*,\s*which\s+(?:in\s+turn|thereby|then|consequently|subsequently|further)\s+$", re.I)
MEDIATOR = re.compile(r",\s+(?:(?:partly|mainly|largely|chiefly|in\s+part|at\s+least\s+in\s+part)\s+)?(?:through|via)\s+(?:the\s+|its\s+)?$", re.I)
NAME_ENDS = re.compile(r"\s*(?:\([^)]*\))?\s*(?:[.;,]|$)")  # "through VEGF." / "through VEGF (…)," : no nominal follows
_CHAIN_NOMINALS = r"inhibition|suppression|repression|inactivation|downregulation|blockade|knockdown|silencing|activation|upregulation|induction"
NOMINAL = re.compile(rf"^\s*(?:-\s*)?({_CHAIN_NOMINALS}|signaling)\b", re.I)
# "protects against DR through repression of the TLR4/NF-κB axis": the nominal before its object
# (after the object's owner or place, "the regeneration of hair follicles in AGA through ...", and after
# another means, "through the action of miR-122-5p and the inhibition of the axis")
NOMINAL_CHAIN = re.compile(r"^(?:\s+(?:of|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)?\s+(?:through|via|by)\s+(?:the\s+)?"
                           rf"(?:[\w\s-]{{0,40}}?\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?)?({_CHAIN_NOMINALS})\s+of\s+(?:the\s+|its\s+)?$", re.I)
INHIBITORY_NOMINALS = {"inhibition", "suppression", "repression", "inactivation", "downregulation", "blockade", "knockdown",
                       "silencing"}

CARGO_TYPES = ("MicroRNA", "GeneOrProtein", "Molecule")
VESICLE = "ExtracellularVesicle"
# relation -> (allowed subject types, allowed object types); None means any entity type.
CONSTRAINTS: dict[str, tuple[tuple[str, ...] | None, tuple[str, ...] | None]] = {
    "secretes": (("CellType", "Intervention"), (VESICLE, *CARGO_TYPES)),
    "derives_from": ((VESICLE, "CellType"), ("CellType",)),
    "carries": ((VESICLE,), CARGO_TYPES),
    "delivers": ((VESICLE,), CARGO_TYPES),
    "crosses": ((VESICLE, "MicroRNA", "Molecule", "GeneOrProtein", "CellType"), ("AnatomicalSite", "Phenotype")),
    "taken_up_by": ((VESICLE, "MicroRNA", "Molecule", "GeneOrProtein"), ("CellType", "AnatomicalSite")),
    "located_in": ((VESICLE, "MicroRNA", "Molecule", "GeneOrProtein", "CellType"), ("AnatomicalSite",)),
    "studied_in": (None, ("DiseaseOrInjury", "ProcessOrPhenotype", "Intervention")),
    "increases": (("CellType", VESICLE, "MicroRNA", "GeneOrProtein", "Molecule", "Pathway", "Intervention", "ProcessOrPhenotype", "DiseaseOrInjury"),
                  ("GeneOrProtein", "MicroRNA", "Pathway", "ProcessOrPhenotype", "DiseaseOrInjury", "Molecule", "CellType")),
}
CONSTRAINTS["decreases"] = CONSTRAINTS["increases"]
CONSTRAINTS["regulates"] = (CONSTRAINTS["increases"][0], (*CONSTRAINTS["increases"][1], "AnatomicalSite"))
CONSTRAINTS["targets"] = CONSTRAINTS["increases"]
# "IL-6-induced injury", "AMI or hypoxia-induced X", "TNF-α-mediated apoptosis": the inducer (or the mediator) is
# named before what it induced
# "monocrotaline (MCT)-induced PH" too; a title's "Imiquimod Induced Psoriasis-Like Inflammation"
INDUCED_GAP = re.compile(rf"(?:\)?[-\u2010](?:{BROUGHT_ON})|\s+(?:Induced|Triggered|Caused))\s+")
INDUCED_OR = re.compile(r"[-\u2010]?\s+(?:or|and)\s+[A-Za-z][\w\u03b1-\u03c9]*[-\u2010](?:induced|triggered|caused)\s+")  # "UV- and H2O2-induced"
_GIVEN_GAP = re.compile(rf"[-\u2010](?:{GIVEN})\s+")


def listed_inducer(text: str, end: int, process: bool = False) -> re.Match[str] | None:
    """Whether the name ending at *end* is listed with an inducer glued to "-induced" ("AMI or
    hypoxia-induced", "UV- and H2O2-induced"), so that it induces too. A *process* (or phenotype) is
    listed so only with a hyphen of its own: in "reduced apoptosis and LPS-induced inflammation" the
    apoptosis is what fell, not an inducer of the inflammation.

    >>> t = "reduced apoptosis and LPS-induced inflammation"
    >>> bool(listed_inducer(t, 17)), bool(listed_inducer(t, 17, process=True))
    (True, False)
    >>> bool(listed_inducer("ROS- and LPS-induced inflammation", 3, process=True))
    True
    """
    m = INDUCED_OR.match(text, end)
    return m if m and (not process or m.group()[0] in "-\u2010") else None


def inducer_after(text: str, end: int, process: bool = False) -> str | None:
    """What the name ending at *end* is to the words after it: "induced" before "-induced" (an inducer),
    "given" before "-treated" (what cells were given), else None. Neither is the object of the verb
    before it ("reduced IL-1β-induced apoptosis", "raised the viability of IL-1β-treated cells").
    A *process* listed before an inducer is one only with a hyphen of its own (:func:`listed_inducer`).

    >>> t = "IL-6-induced injury of IL-1β-treated cells"
    >>> inducer_after(t, 4), inducer_after(t, t.index("-treated")), inducer_after(t, 0)
    ('induced', 'given', None)
    """
    if INDUCED_GAP.match(text, end) or listed_inducer(text, end, process):
        return "induced"
    return "given" if _GIVEN_GAP.match(text, end) else None


_STEADY = re.compile(r"\b(?:metabolism|homeostasis|tolerance|balance)$", re.I)
_BETTER = re.compile(r"(?:improv|amelior|normali[sz]|restor)", re.I)


def sets_right(word: str, rel: str, label: str) -> bool:
    """Whether the trigger *word* says the steady state *label* was set right ("improved glucose
    metabolism", "restored glucose tolerance"): a change, but neither more nor less of it, so no direction.

    >>> sets_right("improved", "increases", "glucose metabolism"), sets_right("improved", "increases", "cognition")
    (True, False)
    """
    return rel in ("increases", "decreases") and bool(_STEADY.search(label)) and bool(_BETTER.match(word))


# "protected chondrocytes from apoptosis", "rescued neurons from death": the harm named after "from" is
# what the verb lowers, not the cells before it
NEEDS_HARM = frozenset(w.split(":")[0] for w in _SHIELD_VERBS.split())
SHIELDING = NEEDS_HARM | {"prevent", "prevents", "prevented", "preventing"}
FROM_HARM = re.compile(r"\s+(?:from|against)\s+(?:the\s+)?")  # "protected cells from (against) apoptosis"
# "MSC-EV-delivered miR-140-3p reduced ALK5": the first name only says where the second came from
DERIVED_GAP = re.compile(r"(?:[-\u2010]|\s+)(?:derived|delivered|transferred|shuttled)\s+(?:(?:exosomal|vesicular|EV)\s+)?"
                         r"|[-\u2010](?:induced\s+)?exosomal\s+")  # ("BMSC-exosomal miR-25-3p", "BMSCs-induced exosomal miR-X")
# "PTEN was a direct target (gene) of miR-21"
TARGET_OF = re.compile(r"\s+(?:genes?\s+|proteins?\s+|mRNAs?\s+|transcripts?\s+)?of\s+(?:the\s+)?" + VESICULAR)
# "exosomes (isolated) from MSCs", "exosomes that were derived from MSCs": the cells only say where the vesicles come from
SOURCE_GAP = re.compile(r"\s+(?:(?:that|which)\s+(?:were|was|are|is)\s+)?(?:(?:derived|isolated|obtained|collected|purified|secreted|released|produced)\s+)?"
                        r"(?:from|by)\s+(?:the\s+)?(?:[\w-]+\s+)?")
# "played a role in the promotion of X", "required for the suppression of X": a part with a direction
PART_IN = re.compile(r"\s+(?:the\s+)?(promotion|induction|activation|enhancement|suppression|inhibition|attenuation"
                     r"|prevention|reduction)\s+of\s+(?:the\s+)?", re.I)
LOWERING_PARTS = frozenset({"suppression", "inhibition", "attenuation", "prevention", "reduction"})
UNSIGNED_VERB = re.compile(r"(?:regulat|modulat|control|affect|influenc)", re.I)  # "modulates the activation of X": no sign
DEPENDENT_GAP = re.compile(r"[-\u2010](?:dependent|mediated)\s+")  # "inhibiting STAT3-dependent autophagy": autophagy is inhibited
# "the downregulation of ATM was caused (regulated) by X": the object of a passive verb named with its fall (group 1) or rise
CHANGE_BEFORE = re.compile(r"\b(?:(down-?regulation|decrease|reduction|loss|suppression|inhibition|depletion)|up-?regulation|increase"
                           r"|elevation|induction)\s+(?:of|in)\s+(?:the\s+)?(?:expression\s+of\s+)?$", re.I)
# verbs that set a fall right ("restored", "rescued"): what they did to "the loss of X" the reversal rules read
SETS_BACK = re.compile(r"(?:restor|rescu|recover|normali[sz]|improv)", re.I)
_MEASURED = re.compile(r"\s+(?:(?:protein|mRNA)\s+)?(?:expression|levels?|activity|content|concentrations?)\b", re.I)


def phrase_end(sentence: str, mentions: list[Mention], end: int) -> int:
    """Where the phrase of an object ending at *end* ends: after "of (the) X" that says whose it is
    ("inhibited apoptosis of neurons, thereby improving ...": the verb list goes on after "neurons").

    >>> from kg.model import Entity
    >>> s = "cut apoptosis of neurons, thereby"
    >>> ms = [Mention(4, 13, "apoptosis", Entity("a", "a", "BiologicalProcess"), "pattern"),
    ...       Mention(17, 24, "neurons", Entity("n", "n", "CellType"), "pattern")]
    >>> s[phrase_end(s, ms, 13):]
    ', thereby'

    The measure the object is named with belongs to it too ("decreased TrkA ubiquitination levels, subsequently
    activating ..."):

    >>> s = "cut apoptosis levels, subsequently"
    >>> s[phrase_end(s, ms, 13):]
    ', subsequently'
    """
    owner = next((m for m in mentions if m.start > end and OF.fullmatch(sentence, end, m.start)), None)
    end = owner.end if owner is not None else end
    measured = _MEASURED.match(sentence, end)
    return measured.end() if measured else end


# "... and lowered its expression": the verb's object is the name before it, by a pronoun
_ITS_OBJECT = re.compile(r"\s+its\s+(?:(?:mRNA|protein|gene)\s+(?:and\s+protein\s+)?)?(?:expression|levels?|activity|transcription)"
                         r"(?=\s*[,.;)]|\s+(?:and|in|thereby|thus|which)\b|\s*$)", re.I)


def pronoun_object(sentence: str, mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The name "its" stands for right after a verb at *start*..*end* (as a list, empty when none): the
    last name before the verb in its clause, when another name (the subject) stands before that one.

    >>> from kg.model import Entity
    >>> s = "miR-21 bound PTEN and lowered its expression."
    >>> ms = [Mention(0, 6, "miR-21", Entity("m", "miR-21", "MicroRNA"), "lexicon"),
    ...       Mention(13, 17, "PTEN", Entity("p", "PTEN", "GeneOrProtein"), "lexicon")]
    >>> [m.text for m in pronoun_object(s, ms, 22, 29)]
    ['PTEN']
    >>> pronoun_object("miR-21 lowered its expression.", ms[:1], 7, 14)
    []
    """
    if not _ITS_OBJECT.match(sentence, end):
        return []
    before = [m for m in mentions if m.end <= start]
    if len(before) < 2 or HARD_BOUNDARY.search(sentence, before[-1].end, start) or before[-1].entity.id == before[0].entity.id:
        return []
    return [before[-1]]


# "restored impaired autophagy", "reversed decreased SIRT1": a participle right after a verb describes the object
AFTER_VERB = re.compile(r"\b(?:restor|rescu|revers|improv|recover|normali[sz]|ameliorat|attenuat|alleviat|prevent)\w*\s+$", re.I)
_MOVED_BEFORE = re.compile(r"\s+(?:the\s+)?(?:(impaired|decreased|reduced|suppressed|diminished|lowered|down-?regulated|lost)"
                           r"|increased|elevated|up-?regulated|excessive|enhanced)\s+(?:[\w-]+\s+){0,3}?", re.I)
# "leading to reduced NF-κB activity", "resulted in decreased IL-6": a participle after a causing verb is
# the state it brought, no verb of its own ("led to inactivation of X" is a nominal: relations' _LOSS_OBJECT)
CAUSED_STATE = re.compile(r"\b(?:(?:lead|leads|led|leading|result|results|resulted|resulting)\s+(?:to|in)|"
                          r"caus(?:e|es|ed|ing))\s+(?:an?\s+|the\s+)?(?:(?:significantly|markedly|further)\s+)?$", re.I)
_CAUSING = re.compile(r"(?:lead|leads|led|leading|result|results|resulted|resulting|cause|causes|caused|causing)\b", re.I)
_CAUSED_LOSS = re.compile(
    r"\s+(?:an?\s+|the\s+)?(?:(?:significantly|markedly|further)\s+)?"
    r"(?:reduced|decreased|diminished|lowered|suppressed|inhibited|impaired|down-?regulated|lower)"
    r"\s+(?:[\w-]+\s+(?:of\s+|in\s+)?(?:the\s+)?){0,2}?", re.I)

# a good thing an abstract "ameliorates" ("renal function", "motor performance", "learning ability"): it gets more of it
_GOOD_NAMED = re.compile(r"(?:[\w-]+\s+){0,3}?(?:functions?|performance|abilit(?:y|ies)|outcomes?|survival)\b", re.I)


def moved_relation(sentence: str, trigger: str, end: int, object_start: int, relation: str) -> str:
    """The relation of a verb ending at *end* once the words before its object are read: a thing
    restored from a fall rose, a thing a cause brought a fall in fell; else *relation*.

    >>> s = "miR-146a led to reduced NF-kB activity."
    >>> moved_relation(s, "led to", 15, 24, "increases")
    'decreases'
    >>> s = "Exosomes restored impaired autophagy."
    >>> moved_relation(s, "restored", 17, 27, "increases"), moved_relation(s, "restored", 17, 27, "decreases")
    ('increases', 'increases')
    """
    if AFTER_VERB.fullmatch(trigger + " ") and (moved := _MOVED_BEFORE.match(sentence, end, object_start)):
        return "increases" if moved.group(1) else "decreases"
    if relation == "increases" and _CAUSING.match(trigger) and _CAUSED_LOSS.fullmatch(sentence, end, object_start):
        return "decreases"
    if relation == "decreases" and betters_good(trigger, sentence[object_start : object_start + 60]):
        return "increases"
    return relation


def betters_good(word: str, name: str) -> bool:
    """Whether the verb *word* said of *name* (the object's words, or more after them) makes a good thing better:
    "ameliorated renal function" is more of it, where "ameliorated renal fibrosis" is less.

    >>> betters_good("ameliorated", "renal function in mice"), betters_good("ameliorated", "renal fibrosis")
    (True, False)
    """
    return word.lower().startswith("ameliorat") and _GOOD_NAMED.match(name) is not None


def list_head(sentence: str, mentions: list[Mention], m: Mention) -> Mention:
    """The first of the names of one type listed with *m* ("A, B and C" gives A for each), or *m*: what stands
    before the list ("knockdown of", "from") stands before each of them.

    >>> from kg.model import Entity
    >>> gene = lambda n, at: Mention(at, at + len(n), n, Entity(n, n, "GeneOrProtein"), "pattern")
    >>> text = "Knockdown of SOX9 and RUNX2 decreased collagen."
    >>> found = [gene("SOX9", 13), gene("RUNX2", 22)]
    >>> list_head(text, found, found[1]).text, text[: list_head(text, found, found[1]).start]
    ('SOX9', 'Knockdown of ')
    """
    i = next((k for k, x in enumerate(mentions) if (x.start, x.end) == (m.start, m.end)), None)
    return m if i is None else mentions[list_start(sentence, mentions, i, lambda x: x.entity.type == m.entity.type)]


def list_start(sentence: str, mentions: list[Mention], i: int, keep: Callable[[Mention], bool]) -> int:
    """The index of the first name listed with ``mentions[i]`` ("A, B and C", "A/B"), going back over names *keep* takes.

    >>> from kg.model import Entity
    >>> mirna = lambda n, at: Mention(at, at + len(n), n, Entity(n, n, "MicroRNA"), "pattern")
    >>> text = "miR-199a-3p/145-5p, which are enriched, promoted X"
    >>> list_start(text, [mirna("miR-199a-3p", 0), mirna("145-5p", 12)], 1, lambda x: True)
    0
    """
    while i > 0 and COORD.match(sentence[mentions[i - 1].end : mentions[i].start]) and keep(mentions[i - 1]):
        i -= 1
    return i
