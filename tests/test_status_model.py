"""The trained status model: loads from models/ with no network, trains and evaluates end to end,
and the combined classifier lets rules decide where they fire."""
from __future__ import annotations

import json
import socket

import pytest

from pipeline.classify.combined import StatusClassifier
from pipeline.classify.nlp import MODEL_DIR, VIEWS, StatusModel, model_text, view_text
from pipeline.train import LABELS, evaluate, load_split, train

from conftest import ROOT

STATEMENTS = ROOT / "corpus" / "statements"


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network disabled in tests")
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


def test_model_loads_offline_and_predicts(no_network):
    model = StatusModel(MODEL_DIR)
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    assert meta["lang"] == "sv" and meta["spacy_version"] and meta["data"]["train"] and meta["metrics"]["dev_macro_f1"] > 0
    preds = model.predict(["Arbetet har inte kommit i gång.", "Samtliga skolor har nu bemannade skolbibliotek.", ""])
    assert [p[0] in LABELS for p in preds] == [True, True, True]
    assert preds[2] == ("unknown", 0.0)


def test_model_input_masks_years_and_numbers():
    assert model_text("Sedan 2019 har 12 skolor fått besök.") == "sedan ÅR har N skolor fått besök."


def test_model_input_marks_negation_scope_and_the_goals_kind():
    text = model_text("Inte alla skolor har fått besök, men tolv har.", "lemmas+rules+goal",
                      "Samtliga skolor ska få besök varje år.")
    words = text.split()
    assert words[:5] == ["inte", "inte_all", "inte_skola", "inte_ha", "inte_få"]  # four words in scope
    assert "besök" in words and "inte_besök" not in words                        # the scope ends
    assert {"mål_samtlig", "mål_varje"} <= set(words) and "regel_cue_negation" in words
    assert "mål_" not in model_text("Alla skolor har fått besök.", "lemmas+rules+goal", None)


@pytest.mark.parametrize("goal,kinds,absent", [
    ("Minst fyra författarbesök ska ordnas varje år.", {"mål_återkommande"}, {"mål_flerdelat"}),
    ("Sagostunder ska hållas årligen på filialerna.", {"mål_återkommande"}, set()),
    ("Filialen ska få bättre belysning och akustik.", {"mål_flerdelat"}, {"mål_återkommande"}),
    ("Ett nytt bibliotek ska öppnas i Olofström.", set(), {"mål_återkommande", "mål_flerdelat"}),
])
def test_the_goal_tells_the_model_if_it_recurs_or_has_parts(goal, kinds, absent):
    words = set(model_text("Arbetet har gått bra.", "lemmas+rules+goal", goal).split())
    assert kinds <= words and not absent & words


def test_the_model_sees_cues_that_pull_apart():
    mixed = model_text("Belysningen har bytts. Golven blev aldrig av.", "lemmas+rules+goal", None).split()
    assert {"regel_blandat", "regel_mening_blandat", "regel_sista_n"} <= set(mixed)
    one_way = model_text("Belysningen har bytts. Golven har bytts.", "lemmas+rules+goal", None).split()
    assert "regel_blandat" not in one_way and "regel_mening_blandat" not in one_way and "regel_sista_p" in one_way
    assert not any(w.startswith("regel_sista") for w in model_text("Belysningen har bytts.", "lemmas+rules+goal").split())


@pytest.mark.parametrize("result,token", [
    ("0 av 4 planerade workshops hölls.", "regel_cue_fraction_digits_not_fulfilled"),
    ("3 av 4 planerade workshops hölls.", "regel_cue_fraction_digits_partial"),
    ("4 av 4 planerade workshops hölls.", "regel_cue_fraction_digits_fulfilled"),
])
def test_a_proportion_rule_tells_the_model_what_its_figures_say(result, token):
    # the model sees "N av N" for all three: the rule's token carries the label of the figures
    words = model_text(result, "lemmas+rules+goal", None).split()
    assert "N" in words and token in words


def test_closed_class_words_keep_their_own_lemma():
    # spacy-lookups-data reads "har" as the noun hare and "men" as the verb mena
    assert model_text("Vi har besök men inte fler.", "lemmas+rules").split()[:5] == ["vi", "ha", "besök", "men", "inte"]


def test_rules_decide_where_they_fire_and_the_model_elsewhere():
    clf = StatusClassifier()
    assert clf.model is not None
    explicit = clf.status("Målet är inte helt uppfyllt.", None)
    assert explicit.label == "partial" and explicit.method.startswith("rule:explicit.")
    field = clf.status("Arbetet fortsätter.", "Ja")
    assert field.label == "fulfilled" and field.source == "status_field"
    assert clf.status(None, None).method == "rule:no_result"
    prose = clf.status("Biblioteket ligger vid torget och har fått nya hyllor i entrén.", None)
    assert "model:" in prose.method and prose.confidence <= 0.85


def test_a_batch_read_in_chunks_gives_each_item_its_own_status(monkeypatch):
    import pipeline.classify.combined as combined

    clf = StatusClassifier()
    items = [("Målet är uppfyllt.", None, "Alla skolor ska ha skolbibliotek."),
             ("Biblioteket ligger vid torget och har fått nya hyllor i entrén.", None, "Lokalerna ska förnyas."),
             (None, None, "Ett mål utan resultat."),
             ("Pågår.", "Delvis", None),
             ("Tre av fem filialer har meröppet.", None, "Alla filialer ska ha meröppet.")]
    alone = [clf.status(*item) for item in items]
    monkeypatch.setattr(combined, "CHUNK", 2)
    assert clf.statuses(items) == alone


def test_a_model_decision_points_to_the_sentence_that_decided():
    clf = StatusClassifier()
    results = [
        "Vi har byggt upp en hylla med storstilsböcker. Registrering för Legimus erbjuds nu i lånedisken. "
        "Däremot har vi fortfarande inga anpassade datorer att låna ut.",
        "Släktforskarföreningen har jour första lördagen varje månad. Besökarna kan använda databasen gratis.",
        "Bokbussen kör sina turer. Hållplatserna i norr har flyttats till skolorna.",
    ]
    decided = [(r, clf.status(r, None, "Biblioteket ska bli mer tillgängligt.")) for r in results]
    by_model = [(r, st) for r, st in decided if st.method == clf.model.name]
    assert by_model, [st.method for _, st in decided]  # at least one is the model's alone
    for result, status in by_model:
        span = status.evidence_span
        assert status.evidence and result[span.start:span.end] == status.evidence
        assert status.evidence.strip() in [part.strip() for part in result.replace(". ", ".|").split("|")]


def test_train_then_evaluate_end_to_end(tmp_path):
    out = tmp_path / "status"
    meta = train(STATEMENTS, out, seed=1, epochs=2, limit=60)
    assert meta["train_items"] == 60 and (out / "meta.json").exists()
    assert meta["config"]["views"] == list(VIEWS)
    assert all((out / "views" / view / "meta.json").exists() for view in VIEWS[1:])
    model = StatusModel(out)
    assert len(model.pipes) == len(VIEWS)
    report = evaluate("dev", STATEMENTS, classifier=StatusClassifier(model=model))
    assert report["items"] == len(load_split(STATEMENTS / "dev.jsonl"))
    assert 0.0 <= report["macro_f1"] <= 1.0
    assert set(report["confusion"]) == set(LABELS)
    assert sum(v["decided"] for v in report["methods"].values()) == report["items"]


def test_epoch_count_is_chosen_by_grouped_cross_validation(tmp_path):
    meta = train(STATEMENTS, tmp_path / "cv", seed=2, epochs=3, limit=50)
    history = meta["metrics"]["history"]
    assert [h["epoch"] for h in history] == [1, 2, 3]
    assert all(set(h["folds"]) == {"train", "dev"} for h in history)  # each group held out in turn
    best = max(history, key=lambda h: (h["cv_macro_f1"], -h["epoch"]))
    assert meta["config"]["chosen_epoch"] == best["epoch"]
    assert meta["metrics"]["dev_macro_f1"] == best["folds"]["dev"]
    # the committed model's meta says the same of the full data: every training file is a group
    committed = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    groups = set(committed["metrics"]["history"][0]["folds"])
    assert groups == {p.stem for p in STATEMENTS.glob("train*.jsonl")} | {"dev"}


def test_training_is_deterministic(tmp_path):
    a = train(STATEMENTS, tmp_path / "a", seed=3, epochs=2, limit=40)
    b = train(STATEMENTS, tmp_path / "b", seed=3, epochs=2, limit=40)
    assert a["metrics"] == b["metrics"]
    assert (tmp_path / "a" / "textcat" / "model").read_bytes() == (tmp_path / "b" / "textcat" / "model").read_bytes()
    for view in VIEWS[1:]:
        assert (tmp_path / "a" / "views" / view / "textcat" / "model").read_bytes() == \
            (tmp_path / "b" / "views" / view / "textcat" / "model").read_bytes()


def test_the_model_averages_its_views():
    model = StatusModel(MODEL_DIR)
    assert model.views == list(VIEWS)
    text, goal = "Skolbiblioteken har fått nya böcker, men bemanningen saknas på två skolor.", "Alla skolor ska ha bemannade skolbibliotek."
    inputs = [view_text(view, text, goal) for view in VIEWS]
    assert inputs[1].startswith(inputs[0]) and "suf_" in inputs[1]  # the affix view adds to the lemma view
    assert inputs[2].startswith("skolbiblioteken har fått")  # the words view keeps the forms as written
    per_view = [pipe(view_input).cats for pipe, view_input in zip(model.pipes, inputs)]
    mean = {label: sum(c[label] for c in per_view) / len(per_view) for label in LABELS}
    label, prob = model.predict([text], [goal])[0]
    assert label == max(mean, key=mean.get) and abs(prob - mean[label]) < 1e-6


def test_splits_have_no_near_duplicates_of_held_out_items():
    from pipeline.train import drop_near_duplicates
    held_out = load_split(STATEMENTS / "dev.jsonl") + load_split(STATEMENTS / "test.jsonl")
    train_items = load_split(STATEMENTS / "train.jsonl")
    kept, dropped = drop_near_duplicates(train_items, held_out)
    assert len(kept) + dropped == len(train_items) and len(kept) >= 400


@pytest.mark.parametrize("result, kept", [
    ("Föräldraträffar har hittills bara hållits på två förskolor.", True),          # cue.limited
    ("Alla skolbibliotek utom ett använder numera samma katalog.", True),             # cue.except
    ("Språkcaféet kom i gång först under planens tredje år och har sedan dess hållits varje vecka.", True),
    ("Sagostunderna hölls varje vecka utom under julen, då biblioteket var stängt.", True),
    ("Arbetet pågår och fortsätter under nästa år.", False),                           # partial, but no limit
    ("Läsombuden träffas varje månad. Endast två träffar har ställts in, båda på grund av snöoväder.", False),
    ("Inte bara hälften utan nästan alla förskolor deltar nu, och arbetet pågår.", False),   # "inte bara"
])
def test_a_cue_that_limits_what_was_done_stands_against_a_fulfilled_model(result, kept):
    from pipeline.classify.combined import decide
    from pipeline.classify.rules import RuleClassifier

    rules = RuleClassifier()
    cue = rules.status(result, None)
    assert cue.method.startswith("rule:cue."), cue
    assert rules.scope_limited(result) is kept
    assert cue.label == "partial" or not kept
    decided = decide(cue, "fulfilled", 0.8, "model:test", rules.scope_limited(result))
    if cue.label == "partial":
        assert (decided.label == "partial") is kept
        assert decided.method == (f"{cue.method}+model:test" if kept else "model:test")
    # the model's not_fulfilled still overturns it: "bara" also goes with results that did not happen
    assert decide(cue, "not_fulfilled", 0.8, "model:test", True).label == "not_fulfilled"
